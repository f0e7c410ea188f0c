// Lambda bundles only (BUNDLING.alias puts this module in the place of the
// SDK's default credential chain). The runtime always gives a function its
// role's credentials in environment variables, so the chain's other providers
// (SSO, profiles, IMDS, processes, with the STS and SSO clients they carry)
// never run there: ~110 KB of every bundle and ~30 ms of a cold import.
// Local runs and tests keep the full chain.
export { fromEnv as defaultProvider } from "@aws-sdk/credential-provider-env";
