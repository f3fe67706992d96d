// The floor of `npm run bench:http`: a bare Next.js app with the same Next.js as Taawun (resolved
// from the repository's node_modules), built with webpack into .next-floor by the bench (Turbopack
// would take the repository's root, with Taawun's proxy.ts, as this app's root).
export default { distDir: ".next-floor" };
