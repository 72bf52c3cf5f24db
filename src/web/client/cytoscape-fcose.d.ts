declare module "cytoscape-fcose" {
  import type { Ext } from "cytoscape";
  /** The fCoSE layout (force-directed, for compound graphs), registered with cytoscape.use(). */
  const fcose: Ext;
  export default fcose;
}
