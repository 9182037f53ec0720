package clxs.jobs;

/**
 * What a scheduled job runs on: serverless (the default: the task names no cluster at all) or a
 * single-node job cluster, for workspaces without serverless jobs. A cluster's runtime and node
 * type may be left null: they are then chosen when the job is created (the latest LTS runtime,
 * the smallest node type with a local disk).
 */
public sealed interface JobCompute {

    record Serverless() implements JobCompute {
        @Override
        public String describe() {
            return "serverless";
        }
    }

    record SingleNodeCluster(String sparkVersion, String nodeTypeId) implements JobCompute {
        public boolean resolved() {
            return sparkVersion != null && nodeTypeId != null;
        }

        @Override
        public String describe() {
            return "single-node job cluster (" + (sparkVersion == null ? "latest LTS runtime" : sparkVersion) + ", "
                    + (nodeTypeId == null ? "smallest node type with a local disk" : nodeTypeId) + ")";
        }
    }

    static JobCompute serverless() {
        return new Serverless();
    }

    /** A single-node job cluster whose runtime and node type are chosen when the job is created. */
    static SingleNodeCluster singleNode() {
        return new SingleNodeCluster(null, null);
    }

    static SingleNodeCluster singleNode(String sparkVersion, String nodeTypeId) {
        return new SingleNodeCluster(sparkVersion, nodeTypeId);
    }

    /** For summaries: {@code serverless} or the cluster's shape. */
    String describe();
}
