import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConsentMethod, HouseholdRelation } from '@linli/shared';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDay } from '../../common/validation/dates';

export class PeopleSearchQueryDto {
  @ApiProperty({ description: '姓名（部分）、手机号后四位或房号（如 2单元 301、301）' })
  @IsString()
  @MaxLength(32)
  q: string;
}

/**
 * A person added to a flat: someone already in the app (userId: moving in from elsewhere), or a
 * new person kept by the grid worker without an account (name, phone if they have one, consent).
 */
export class AddPersonDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  userId?: string;

  @ApiPropertyOptional({ example: '李桂兰' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  name?: string;

  @ApiPropertyOptional({ example: '139 1111 0001', description: 'Any common way of writing a mainland mobile; stored as 11 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(24)
  phone?: string;

  @ApiPropertyOptional({ enum: ConsentMethod, enumName: 'ConsentMethod' })
  @IsOptional()
  @IsEnum(ConsentMethod)
  consentMethod?: ConsentMethod;

  @ApiPropertyOptional({ example: '本人口头同意，女儿在场' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  consentNote?: string;

  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation' })
  @IsEnum(HouseholdRelation)
  relation: HouseholdRelation;

  @ApiPropertyOptional({ example: '配偶' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  kinship?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  isAdult?: boolean;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'Defaults to today (Asia/Shanghai)' })
  @IsOptional()
  @IsCalendarDay()
  movedIn?: string;
}

/** Corrections to a person's details in a flat; name and phone only for a person without an account. */
export class CorrectPersonDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(24)
  phone?: string;

  @ApiPropertyOptional({ enum: HouseholdRelation, enumName: 'HouseholdRelation' })
  @IsOptional()
  @IsEnum(HouseholdRelation)
  relation?: HouseholdRelation;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(16)
  kinship?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isAdult?: boolean;
}

export class MoveOutDto {
  @ApiProperty({ example: '2026-05-31' })
  @IsCalendarDay()
  movedOut: string;
}

export class PersonMatchDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty() householdId: string;
  @ApiProperty() flat: string;
  @ApiProperty() buildingName: string;
  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation' }) relation: HouseholdRelation;
  @ApiProperty() hasAccount: boolean;
}

export class ConsentDto {
  @ApiProperty({ enum: ConsentMethod, enumName: 'ConsentMethod' }) method: ConsentMethod;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class FlatResidentDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation' }) relation: HouseholdRelation;
  @ApiProperty({ type: String, nullable: true }) kinship: string | null;
  @ApiProperty() isAdult: boolean;
  @ApiProperty({ type: String, nullable: true }) movedIn: string | null;
  @ApiProperty() hasAccount: boolean;
  @ApiProperty({ type: ConsentDto, nullable: true }) consent: ConsentDto | null;
}

export class PastResidentDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation' }) relation: HouseholdRelation;
  @ApiProperty({ type: String, nullable: true }) movedIn: string | null;
  @ApiProperty() movedOut: string;
}

export class FlatPeopleDto {
  @ApiProperty() householdId: string;
  @ApiProperty() flat: string;
  @ApiProperty() buildingName: string;
  @ApiProperty({ type: [FlatResidentDto] }) residents: FlatResidentDto[];
  @ApiProperty({ type: [PastResidentDto] }) past: PastResidentDto[];
}

export class MoveOutResultDto {
  @ApiProperty() householdId: string;
  @ApiProperty() userId: string;
  @ApiProperty() movedOut: string;
  @ApiProperty() residentRoleEnded: boolean;
  @ApiProperty() registrationsFlagged: number;
}
