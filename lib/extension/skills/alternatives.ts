/**
 * Genuine alternatives: skills a candidate can move between in weeks, because they do the same job
 * the same way. A candidate with Puppet is partway to a role asking for Chef; one with "GitOps" (a
 * practice) is not partway to Argo CD (a tool), nor the other way round. Each row says why, and the
 * panel shows that reason beside the near match. A skill may sit in several rows.
 */
export interface Alternatives {
  members: string[];
  /** The members lower-cased, to look a skill up in. */
  lowered: ReadonlySet<string>;
  /** Why a member stands in for another, completing "X is near Y: …". */
  reason: string;
}

const ROWS: [string, string][] = [
  ['Ansible, Chef, Puppet, SaltStack', 'both configuration management tools: declared machine state, applied by an agent or over SSH'],
  ['Jenkins, CircleCI, GitLab CI, GitHub Actions, BuildKite, Travis CI, TeamCity, Bamboo, Cloud Build, Azure DevOps, Tekton', 'both CI servers: pipelines of build and test steps run on every change'],
  ['ArgoCD, Flux', 'both GitOps controllers for Kubernetes: the cluster follows a Git repository'],
  ['ArgoCD, Spinnaker', 'both continuous delivery tools: staged deployments with rollbacks'],
  ['AWS, GCP, Azure, Oracle Cloud, IBM Cloud, Alibaba Cloud', 'both public clouds: the same kinds of services under other names'],
  ['Kubernetes, Google Kubernetes Engine, Amazon EKS, Azure Kubernetes Service, OpenShift, Rancher', 'both Kubernetes: the same API, as a distribution or a managed service'],
  ['Kubernetes, Nomad, Mesos', 'both container orchestrators: scheduling services onto a cluster'],
  ['Docker, Podman, containerd', 'both container runtimes: the same images and commands'],
  ['Terraform, Terragrunt, Pulumi, AWS CloudFormation, AWS CDK, Bicep', 'both infrastructure-as-code tools: cloud resources declared and planned as code'],
  ['PostgreSQL, MySQL, MariaDB, Oracle Database, Microsoft SQL Server, SQLite', 'both relational databases: SQL, transactions and schemas'],
  ['MongoDB, Couchbase, CouchDB', 'both document databases: JSON documents with secondary indexes'],
  ['Cassandra, ScyllaDB, HBase, Bigtable', 'both wide-column stores: partitioned rows at very large scale'],
  ['Redis, Memcached, Aerospike', 'both in-memory key-value stores: caching and fast lookups'],
  ['Elasticsearch, OpenSearch, Solr', 'both search engines built on Lucene'],
  ['Kafka, Kinesis, Pub/Sub, Pulsar', 'both event streaming platforms: partitioned, replayable logs'],
  ['RabbitMQ, ActiveMQ, NATS, Amazon SQS', 'both message brokers: queues between services'],
  ['Flink, Spark Streaming', 'both stream processors: stateful computations over event streams'],
  ['Spark, Hadoop, Beam, Dask', 'both distributed batch processing frameworks'],
  ['Presto, Trino, Hive, Athena', 'both SQL engines over data lakes'],
  ['BigQuery, Snowflake, Redshift, ClickHouse, Databricks', 'both analytical warehouses: columnar SQL at scale'],
  ['Airflow, Dagster, Prefect, Luigi, Cloud Composer', 'both workflow orchestrators: scheduled DAGs of data tasks'],
  ['Prometheus, Datadog, New Relic, Thanos, VictoriaMetrics', 'both metrics and monitoring systems: time series, queries and alerts'],
  ['Grafana, Kibana', 'both dashboarding tools over metrics and logs'],
  ['ELK Stack, Splunk, Loki', 'both log platforms: collection, search and retention of logs'],
  ['Fluentd, Logstash, Fluent Bit', 'both log shippers: parsing and forwarding logs'],
  ['PagerDuty, Opsgenie', 'both on-call and incident alerting services'],
  ['React, Angular, Vue.js, Svelte, Ember.js', 'both component-based front-end frameworks'],
  ['Redux, Zustand, MobX', 'both state management libraries for front-end apps'],
  ['Java, Kotlin, Scala', 'both JVM languages: the same runtime and libraries'],
  ['C#, Java', 'both garbage-collected, statically typed object-oriented languages with similar ecosystems'],
  ['Go, Rust', 'both compiled languages for services and systems work'],
  ['C++, C', 'both low-level compiled languages with manual memory management'],
  ['Python, Ruby', 'both dynamic scripting languages for back ends and tooling'],
  ['TensorFlow, PyTorch, Keras, JAX', 'both deep learning frameworks: tensors, autograd and GPU training'],
  ['scikit-learn, XGBoost, LightGBM', 'both classical machine learning libraries'],
  ['Jest, Vitest, Mocha', 'both JavaScript test runners'],
  ['Selenium, Playwright, Cypress, Puppeteer', 'both browser automation tools for end-to-end tests'],
  ['SRE, DevOps', 'both practices of running software in production: automation, on-call and reliability'],
];

export const ALTERNATIVES: Alternatives[] = ROWS.map(([members, reason]) => {
  const list = members.split(',').map((m) => m.trim());
  return { members: list, lowered: new Set(list.map((m) => m.toLowerCase())), reason };
});

/**
 * Practices and disciplines: ways of working, not tools. A practice is near only another practice,
 * and a tool only another tool, whatever the names share ("Azure DevOps" is a tool, "DevOps" is not).
 */
export const PRACTICES = new Set(
  ['DevOps', 'SRE', 'GitOps', 'CI/CD', 'Infrastructure as Code', 'Observability', 'MLOps', 'Agile', 'Scrum', 'Kanban', 'TDD', 'BDD', 'Microservices', 'System Design', 'Distributed Systems', 'Data Engineering', 'ETL', 'Unit Testing'].map((s) => s.toLowerCase()),
);

/** For each skill (lower-cased), the rows it sits in. */
export const ROWS_OF: Map<string, Alternatives[]> = new Map();
for (const row of ALTERNATIVES) {
  for (const m of row.members) {
    const key = m.toLowerCase();
    ROWS_OF.set(key, [...(ROWS_OF.get(key) ?? []), row]);
  }
}
