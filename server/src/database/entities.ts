import { AuditLog } from '../audit/audit-log.entity';
import { User } from '../identity/user.entity';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { Owner } from '../places/owner.entity';
import { Place } from '../places/place.entity';
import { PointsEntry } from '../points/points-entry.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { WorkUnit } from '../reporting/work-unit.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { Wish } from '../wishes/wish.entity';
import { WishClaim, WishCoClaimer } from '../wishes/wish-claim.entity';
import { WishEvent } from '../wishes/wish-event.entity';
import { WishPhoto } from '../wishes/wish-photo.entity';

export const ENTITIES = [User, Place, Owner, Household, HouseholdMember, RoleGrant, AuditLog, PointsEntry, WorkUnit, MemberRegistration, UnitRegistration, Wish, WishClaim, WishCoClaimer, WishEvent, WishPhoto];
