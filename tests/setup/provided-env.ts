// Values global-setup.ts hands to every test worker (vitest provide/inject).
declare module "vitest" {
  export interface ProvidedContext {
    testEnv: Record<string, string>;
  }
}

export {};
