import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AvailabilitySlot,
  JointCommitteeUnitView,
  LIMITS,
  MemberRegistrationView,
  RegistrationStatus,
  ServiceRecordView,
  Skill,
  UnitMemberView,
  UnitRegistrationView,
} from '@linli/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/page';
import { PlaceRefDto } from '../../identity/dto/identity.dto';
import { NewWorkUnitDto, ResourceOfferDto, WorkUnitDto } from './work-unit.dto';
import { trim } from '../../common/validation/text';

const PHONE_MESSAGE = '请填写 11 位手机号';

/** The unit: one of an approved unit on file (unitId) or a new one (newUnit). */
class UnitChoiceDto {
  @ApiPropertyOptional({ description: 'A unit from GET /work-units' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  unitId?: string;

  @ApiPropertyOptional({ type: NewWorkUnitDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NewWorkUnitDto)
  newUnit?: NewWorkUnitDto;
}

export class SubmitMemberRegistrationDto extends UnitChoiceDto {
  @ApiProperty({ description: 'The community reported to' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  communityId: string;

  @ApiProperty({ description: 'The household the member lives in, in that community' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  householdId: string;

  @ApiProperty({ maxLength: LIMITS.realNameMax, example: '王建军' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(LIMITS.realNameMax)
  realName: string;

  @ApiProperty({ example: '13800000031' })
  @IsString()
  @Matches(LIMITS.phonePattern, { message: PHONE_MESSAGE })
  phone: string;

  @ApiProperty({ enum: Skill, enumName: 'Skill', isArray: true })
  @IsArray()
  @ArrayMaxSize(Object.keys(Skill).length)
  @ArrayUnique()
  @IsEnum(Skill, { each: true })
  skills: Skill[];

  @ApiPropertyOptional({ maxLength: LIMITS.skillsNoteMax, example: '会修电脑、懂一点中医推拿' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.skillsNoteMax)
  skillsNote?: string;

  @ApiProperty({ enum: AvailabilitySlot, enumName: 'AvailabilitySlot', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(AvailabilitySlot).length)
  @ArrayUnique()
  @IsEnum(AvailabilitySlot, { each: true })
  availability: AvailabilitySlot[];
}

export class SubmitUnitRegistrationDto extends UnitChoiceDto {
  @ApiProperty({ description: 'The community where the unit is stationed' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  communityId: string;

  @ApiProperty({ maxLength: LIMITS.realNameMax, example: '钱丽' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(LIMITS.realNameMax)
  contactName: string;

  @ApiProperty({ example: '13800000051' })
  @IsString()
  @Matches(LIMITS.phonePattern, { message: PHONE_MESSAGE })
  contactPhone: string;

  @ApiProperty({ type: [ResourceOfferDto], description: '资源清单' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.resourcesMax)
  // Each item an object: ValidateNested alone lets a list inside the list through, with no rule checked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ResourceOfferDto)
  resources: ResourceOfferDto[];

  @ApiProperty({ minLength: LIMITS.agreementMin, maxLength: LIMITS.agreementMax, description: '共建协议' })
  @Transform(trim)
  @IsString()
  @MinLength(LIMITS.agreementMin)
  @MaxLength(LIMITS.agreementMax)
  agreementText: string;
}

export class RegistrationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RegistrationStatus, enumName: 'RegistrationStatus' })
  @IsOptional()
  @IsEnum(RegistrationStatus)
  status?: RegistrationStatus;
}

export class ServiceYearQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100, description: 'Calendar year (Asia/Shanghai); defaults to this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class MemberRegistrationDto implements MemberRegistrationView {
  @ApiProperty() id: string;
  @ApiProperty() userId: string;
  @ApiProperty({ enum: RegistrationStatus, enumName: 'RegistrationStatus' }) status: RegistrationStatus;
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
  @ApiProperty() householdId: string;
  @ApiProperty({ example: '3号楼 1单元 201' }) householdLabel: string;
  @ApiProperty({ type: String, nullable: true, description: 'The applicant moved out of that flat on this day while the registration waited' })
  householdLeftOn: string | null;
  @ApiProperty() realName: string;
  @ApiProperty() phone: string;
  @ApiProperty({ type: WorkUnitDto }) unit: WorkUnitDto;
  @ApiProperty({ enum: Skill, enumName: 'Skill', isArray: true }) skills: Skill[];
  @ApiProperty({ type: String, nullable: true }) skillsNote: string | null;
  @ApiProperty({ enum: AvailabilitySlot, enumName: 'AvailabilitySlot', isArray: true }) availability: AvailabilitySlot[];
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
}

export class MemberRegistrationPageDto {
  @ApiProperty({ type: [MemberRegistrationDto] }) items: MemberRegistrationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class UnitRegistrationDto implements UnitRegistrationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: RegistrationStatus, enumName: 'RegistrationStatus' }) status: RegistrationStatus;
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
  @ApiProperty({ type: WorkUnitDto }) unit: WorkUnitDto;
  @ApiProperty() contactUserId: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ type: [ResourceOfferDto] }) resources: ResourceOfferDto[];
  @ApiProperty() agreementText: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
}

export class UnitRegistrationPageDto {
  @ApiProperty({ type: [UnitRegistrationDto] }) items: UnitRegistrationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class JointCommitteeUnitDto implements JointCommitteeUnitView {
  @ApiProperty() registrationId: string;
  @ApiProperty({ type: WorkUnitDto }) unit: WorkUnitDto;
  @ApiProperty({ type: [ResourceOfferDto] }) resources: ResourceOfferDto[];
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class ServiceRecordDto implements ServiceRecordView {
  @ApiProperty() points: number;
  @ApiProperty() hours: number;
  @ApiProperty() wishesFulfilled: number;
  @ApiProperty() ratingsCount: number;
  @ApiProperty({ type: Number, nullable: true }) averageRating: number | null;
}

export class UnitMemberDto implements UnitMemberView {
  @ApiProperty() registrationId: string;
  @ApiProperty() userId: string;
  @ApiProperty() realName: string;
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
  @ApiProperty({ enum: RegistrationStatus, enumName: 'RegistrationStatus' }) status: RegistrationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty() year: number;
  @ApiProperty({ type: ServiceRecordDto }) record: ServiceRecordDto;
}

export class UnitMemberPageDto {
  @ApiProperty({ type: [UnitMemberDto] }) items: UnitMemberDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
