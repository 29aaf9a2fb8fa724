/**
 * Friendly names for the API's shapes. They are aliases of the generated OpenAPI schema, so
 * a change on the server shows up here as a type error after `gen:api`, never as silent drift.
 */
import type { components } from './api-schema';

type Schemas = components['schemas'];

export type Me = Schemas['MeDto'];
export type LoginResult = Schemas['LoginResultDto'];
export type DevUser = Schemas['DevUserDto'];
export type PlaceRef = Schemas['PlaceRefDto'];
export type RoleGrant = Schemas['RoleGrantDto'];
export type MyHousehold = Schemas['MyHouseholdDto'];
export type ErrorBody = Schemas['ErrorBodyDto'];
export type ErrorCode = ErrorBody['code'];
