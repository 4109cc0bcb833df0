/**
 * Skills that stand in for one another well enough to count as a near match: a candidate with
 * Puppet is partway to a role asking for Chef. One line per family; a skill may sit in several.
 * Cloud services also count toward their cloud ("Amazon EKS" is near "AWS") by name, in gap.ts.
 */
const FAMILY_LINES = `
Configuration management: Ansible, Chef, Puppet, SaltStack
CI/CD servers: Jenkins, CircleCI, GitLab CI, GitHub Actions, BuildKite, Travis CI, TeamCity, Bamboo, Cloud Build, Azure DevOps, Tekton
Continuous delivery: ArgoCD, Spinnaker, Flux, Argo Workflows, Helm, GitOps
Clouds: AWS, GCP, Azure, Oracle Cloud, IBM Cloud, Alibaba Cloud
Kubernetes: Kubernetes, Google Kubernetes Engine, Amazon EKS, Azure Kubernetes Service, OpenShift, Rancher, Nomad, Mesos
Containers: Docker, Podman, containerd
Infrastructure as code: Terraform, Terragrunt, Pulumi, AWS CloudFormation, AWS CDK, Infrastructure as Code
Relational databases: PostgreSQL, MySQL, MariaDB, Oracle Database, Microsoft SQL Server, SQLite
Document and key-value stores: MongoDB, Cassandra, DynamoDB, Couchbase, CouchDB, Redis, Aerospike, Bigtable, HBase, ScyllaDB
Search: Elasticsearch, OpenSearch, Solr
Streaming: Kafka, Kinesis, Pub/Sub, RabbitMQ, Pulsar, NATS, Flink, Spark Streaming
Big data: Spark, Hadoop, Hive, Presto, Trino, Databricks, Beam, Dask
Warehouses: BigQuery, Snowflake, Redshift, Athena, ClickHouse, Databricks
Orchestration: Airflow, Dagster, Prefect, Luigi, Cloud Composer
Metrics and dashboards: Prometheus, Grafana, Datadog, New Relic, Thanos, VictoriaMetrics, Cloud Trace
Logging: ELK Stack, Splunk, Loki, Fluentd, Logstash
Incident response: PagerDuty, Opsgenie
Front-end frameworks: React, Angular, Vue.js, Svelte, Ember.js
JVM languages: Java, Kotlin, Scala, Groovy
Systems languages: Go, Rust, C++, C
Scripting languages: Python, Ruby, Perl, PHP
ML frameworks: TensorFlow, PyTorch, Keras, scikit-learn, XGBoost
Reliability: SRE, DevOps
`;

export const FAMILIES: string[][] = FAMILY_LINES.trim()
  .split('\n')
  .map((line) => line.slice(line.indexOf(':') + 1).split(',').map((s) => s.trim()).filter(Boolean));

/** Families each skill (lower-cased) belongs to. */
export const FAMILY_OF: Map<string, Set<number>> = new Map();
FAMILIES.forEach((members, i) => {
  for (const m of members) {
    const key = m.toLowerCase();
    if (!FAMILY_OF.has(key)) FAMILY_OF.set(key, new Set());
    FAMILY_OF.get(key)!.add(i);
  }
});
