import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'linli:public';

/** Marks an endpoint that needs no login (health, login itself, the public documents). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
