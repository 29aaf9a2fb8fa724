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

// 双报到 (double reporting)
export type WorkUnit = Schemas['WorkUnitDto'];
export type NewWorkUnit = Schemas['NewWorkUnitDto'];
export type WorkUnitKind = Schemas['WorkUnitKind'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type Skill = Schemas['Skill'];
export type AvailabilitySlot = Schemas['AvailabilitySlot'];
export type ResourceKind = Schemas['ResourceKind'];
export type ResourceOffer = Schemas['ResourceOfferDto'];
export type MemberRegistration = Schemas['MemberRegistrationDto'];
export type SubmitMemberRegistration = Schemas['SubmitMemberRegistrationDto'];
export type UnitRegistration = Schemas['UnitRegistrationDto'];
export type SubmitUnitRegistration = Schemas['SubmitUnitRegistrationDto'];
export type UnitMember = Schemas['UnitMemberDto'];
export type ServiceRecord = Schemas['ServiceRecordDto'];
