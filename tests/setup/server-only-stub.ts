// Stand-in for the "server-only" package under vitest: the real one throws unless bundled for
// React Server Components. Tests call the server-only modules directly, which is the point.
export {};
