// `npx cdk synth` / `npx cdk deploy`: one app, one stack, in the account and region of the caller.
import { App } from "aws-cdk-lib";
import { PipelineStack } from "../lib/pipeline-stack";

const app = new App();
new PipelineStack(app, "NewsTradeDatasets", {
  description: "News articles → trade, visit and quote datasets (news-trade-datasets)",
});
