/** The entities of this module, registered in database/entities.ts. */
export const CONTENT_ENTITIES: Function[] = [];
