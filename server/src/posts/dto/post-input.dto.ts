import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { POST_DEFAULTS, POST_LIMITS, PostKind, PostType, Skill } from '@linli/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsInstant, IsCalendarDay } from '../../common/validation/dates';
import { PageQueryDto } from '../../common/http/page';
import { trim } from '../../common/validation/text';

export class ShiftPlanDto {
  @ApiProperty({ example: '2026-11-28T01:00:00.000Z', description: 'ISO 8601 with a zone; a standing role: the start of its term' })
  @IsString()
  @IsInstant()
  startsAt: string;

  @ApiProperty({ example: '2026-11-28T03:00:00.000Z' })
  @IsString()
  @IsInstant()
  endsAt: string;

  @ApiProperty({ minimum: 1, maximum: POST_DEFAULTS.maxCapacity, example: 5 })
  @IsInt()
  @Min(1)
  @Max(POST_DEFAULTS.maxCapacity)
  capacity: number;
}

class PostFieldsDto {
  @ApiProperty({ minLength: POST_LIMITS.titleMin, maxLength: POST_LIMITS.titleMax, example: '周六上午小区环境整治' })
  @Transform(trim)
  @IsString()
  @MinLength(POST_LIMITS.titleMin)
  @MaxLength(POST_LIMITS.titleMax)
  title: string;

  @ApiProperty({ enum: PostType, enumName: 'PostType' })
  @IsEnum(PostType)
  type: PostType;

  @ApiProperty({ minLength: POST_LIMITS.descriptionMin, maxLength: POST_LIMITS.descriptionMax })
  @Transform(trim)
  @IsString()
  @MinLength(POST_LIMITS.descriptionMin)
  @MaxLength(POST_LIMITS.descriptionMax)
  description: string;

  @ApiProperty({ minLength: POST_LIMITS.addressMin, maxLength: POST_LIMITS.addressMax, example: '东湖社区 3号楼前广场' })
  @Transform(trim)
  @IsString()
  @MinLength(POST_LIMITS.addressMin)
  @MaxLength(POST_LIMITS.addressMax)
  address: string;

  @ApiProperty({ minimum: -90, maximum: 90, example: 30.5928 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 7 })
  @Min(-90)
  @Max(90)
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: 114.3055 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 7 })
  @Min(-180)
  @Max(180)
  longitude: number;

  @ApiProperty({
    minimum: POST_DEFAULTS.minRadiusMetres,
    maximum: POST_DEFAULTS.maxRadiusMetres,
    example: 200,
    description: 'Check-in by location must be within this many metres',
  })
  @IsInt()
  @Min(POST_DEFAULTS.minRadiusMetres)
  @Max(POST_DEFAULTS.maxRadiusMetres)
  radiusMetres: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: POST_DEFAULTS.maxPointsPerHour,
    example: 10,
    description: "Omitted: the community's points rules (积分规则) decide",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(POST_DEFAULTS.maxPointsPerHour)
  pointsPerHour?: number;

  @ApiPropertyOptional({
    enum: Skill,
    enumName: 'Skill',
    isArray: true,
    maxItems: POST_DEFAULTS.maxRequiredSkills,
    description: 'A claimer must have registered all of these skills (专长)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(POST_DEFAULTS.maxRequiredSkills)
  @ArrayUnique()
  @IsEnum(Skill, { each: true })
  requiredSkills?: Skill[];
}

export class CreatePostDto extends PostFieldsDto {
  @ApiProperty({ enum: PostKind, enumName: 'PostKind', description: 'shift: shifts with capacities; standing: one term (认岗)' })
  @IsEnum(PostKind)
  kind: PostKind;

  @ApiProperty({ type: [ShiftPlanDto], description: 'A shift post: 1–20 shifts. A standing role: exactly one, its term.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POST_DEFAULTS.maxShiftsPerRequest)
  // Each item an object: ValidateNested alone lets a list inside the list through, with no rule checked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ShiftPlanDto)
  shifts: ShiftPlanDto[];
}

/** Every field optional; the kind and the shifts are changed elsewhere. */
export class UpdatePostDto {
  @ApiPropertyOptional({ minLength: POST_LIMITS.titleMin, maxLength: POST_LIMITS.titleMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(POST_LIMITS.titleMin)
  @MaxLength(POST_LIMITS.titleMax)
  title?: string;

  @ApiPropertyOptional({ enum: PostType, enumName: 'PostType' })
  @IsOptional()
  @IsEnum(PostType)
  type?: PostType;

  @ApiPropertyOptional({ minLength: POST_LIMITS.descriptionMin, maxLength: POST_LIMITS.descriptionMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(POST_LIMITS.descriptionMin)
  @MaxLength(POST_LIMITS.descriptionMax)
  description?: string;

  @ApiPropertyOptional({ minLength: POST_LIMITS.addressMin, maxLength: POST_LIMITS.addressMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(POST_LIMITS.addressMin)
  @MaxLength(POST_LIMITS.addressMax)
  address?: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 7 })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 7 })
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiPropertyOptional({ minimum: POST_DEFAULTS.minRadiusMetres, maximum: POST_DEFAULTS.maxRadiusMetres })
  @IsOptional()
  @IsInt()
  @Min(POST_DEFAULTS.minRadiusMetres)
  @Max(POST_DEFAULTS.maxRadiusMetres)
  radiusMetres?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: POST_DEFAULTS.maxPointsPerHour, description: 'Applies to hours confirmed from now on' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(POST_DEFAULTS.maxPointsPerHour)
  pointsPerHour?: number;

  @ApiPropertyOptional({ enum: Skill, enumName: 'Skill', isArray: true, maxItems: POST_DEFAULTS.maxRequiredSkills })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(POST_DEFAULTS.maxRequiredSkills)
  @ArrayUnique()
  @IsEnum(Skill, { each: true })
  requiredSkills?: Skill[];
}

/** Capacity any time (not below the seats taken); times only while nobody has claimed the shift. */
export class UpdateShiftDto {
  @ApiPropertyOptional({ example: '2026-11-28T01:00:00.000Z' })
  @IsOptional()
  @IsString()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ example: '2026-11-28T03:00:00.000Z' })
  @IsOptional()
  @IsString()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: POST_DEFAULTS.maxCapacity })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(POST_DEFAULTS.maxCapacity)
  capacity?: number;
}

/** Proof of presence: the scanned QR token, or the phone's location (exactly one of the two). */
export class CheckProofDto {
  @ApiPropertyOptional({ description: 'The token from the scanned QR code (or the whole scanned content)', maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  qrToken?: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number;
}

/** Confirm the computed hours (empty body), or set the minutes by hand with a reason. */
export class ConfirmHoursDto {
  @ApiPropertyOptional({ minimum: 0, maximum: POST_DEFAULTS.maxShiftMinutes, description: 'Minutes to credit; omit to confirm the check-in/check-out minutes' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(POST_DEFAULTS.maxShiftMinutes)
  minutes?: number;

  @ApiPropertyOptional({ minLength: 2, maxLength: 200, description: 'Required when the minutes differ from check-in/check-out' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason?: string;
}

export class PostListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PostType, enumName: 'PostType' })
  @IsOptional()
  @IsEnum(PostType)
  type?: PostType;
}

export class ShiftBoardQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PostType, enumName: 'PostType' })
  @IsOptional()
  @IsEnum(PostType)
  type?: PostType;

  @ApiPropertyOptional({ example: '2026-11-28', description: 'YYYY-MM-DD (Asia/Shanghai): shifts starting that day or later; default: not yet ended' })
  @IsOptional()
  @IsString()
  @IsCalendarDay()
  from?: string;
}

export class MyShiftsQueryDto {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming' })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';
}

export class ServiceHoursQueryDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  communityId: string;
}
