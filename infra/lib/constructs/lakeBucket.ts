import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export interface LakeBucketProps {
  /** RETAIN by default: deleting the stack never deletes the articles or the datasets. */
  readonly removalPolicy?: RemovalPolicy;
  /** How long overwritten and deleted objects stay recoverable. */
  readonly noncurrentVersionExpiration?: Duration;
}

/** The lake: versioned, encrypted, private, reachable over TLS only. */
export class LakeBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: LakeBucketProps = {}) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, "Bucket", {
      versioned: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: "expire-noncurrent-versions",
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: "AwsSolutions-S1",
      reason: "Server access logs would need a second bucket; uploads and changes are already recorded as object versions and S3 events.",
    });
  }
}
