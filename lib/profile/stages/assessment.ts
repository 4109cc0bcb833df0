import { sectionsOf } from '../page';
import type { Assessment } from '../schema';
import { sectionBlocks } from '../sections';
import type { Block } from '../text-model';
import { stage } from './stage';

/** A screening or test score the page shows for the person. */
export const assessment = stage({
  name: 'assessment',
  needs: [],
  gives: ['assessment'],
  run: (page) => ({ assessment: sectionsOf(page, 'assessment').map((s) => extractAssessment(sectionBlocks(page.model, s))).find(Boolean) ?? null }),
});

function extractAssessment(blocks: Block[]): Assessment | null {
  const text = blocks.map((b) => b.text).join('\n');
  const score = /score\s*:?\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)/i.exec(text);
  if (!score) return null;
  const skillsLine = /skills assessed\s*:?\s*(.+)/i.exec(text);
  const roleBlock = blocks.find((b) => /\b(ai screening|screening|assessment)\b/i.test(b.text) && b.text.length <= 100 && !/score|skills assessed/i.test(b.text));
  const role = roleBlock ? roleBlock.text.replace(/\s*\b(ai screening|screening|assessment)\b\s*/gi, ' ').trim() || null : null;
  return {
    score: Number(score[1]),
    maxScore: Number(score[2]),
    role,
    skillsAssessed: skillsLine ? skillsLine[1]!.split(/\s*,\s*/).map((s) => s.trim()).filter(Boolean) : [],
  };
}
