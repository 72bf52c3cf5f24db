// graphql-ws publishes `graphql-ws/use/ws` through package.json "exports" only, which TypeScript's "node"
// module resolution (tsconfig.json) does not read; Node resolves it at run time. Its types, under their file name:
declare module "graphql-ws/use/ws" {
  export { useServer } from "graphql-ws/dist/use/ws";
  export type { Extra } from "graphql-ws/dist/use/ws";
}
