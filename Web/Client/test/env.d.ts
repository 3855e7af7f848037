// Vite features the tests use (the project has no Node typings).
declare module "*?raw" {
  const text: string;
  export default text;
}

interface ImportMeta {
  glob<T = unknown>(pattern: string, options: { query?: string; import?: string; eager: true }): Record<string, T>;
}
