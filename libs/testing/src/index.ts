// Test harnesses shared by the API's integration tests and the browser tests; never imported by the products.
export * from './lib/oidc-test-provider';
