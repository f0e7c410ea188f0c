/** Configuration the stack sets on every function: missing means a broken deployment, so fail at cold start. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
