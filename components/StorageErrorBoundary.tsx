import { Component, type ReactNode } from 'react';

/**
 * Shows why Skillmark cannot work instead of a blank page: live queries throw when IndexedDB
 * cannot be opened (a private window in some browsers, a full or broken profile).
 */
export class StorageErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="storage-error">
        <h2>Skillmark cannot open its storage</h2>
        <p>{this.state.error.message}</p>
        <p>Your data is not lost. Private windows may not allow extension storage; try a normal window, or check that the disk is not full.</p>
      </div>
    );
  }
}
