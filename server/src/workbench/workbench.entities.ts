/** The entities of this module, registered in database/entities.ts. */
export const WORKBENCH_ENTITIES: Function[] = [];
