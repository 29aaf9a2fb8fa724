import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DevUserView,
  HOUSEHOLD_RELATION_LABELS,
  HouseholdRelation,
  LIMITS,
  LoginResult,
  MeView,
  MyHouseholdView,
  PlaceLevel,
  PlaceRef,
  Role,
  RoleGrantView,
} from '@linli/shared';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';

export class WechatLoginDto {
  @ApiProperty({ description: 'The one-time code from wx.login' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.wechatCodeMax)
  code: string;
}

export class DevLoginDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  userId: string;
}

export class UpdateProfileDto {
  @ApiPropertyOptional({ maxLength: LIMITS.displayNameMax })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.displayNameMax)
  displayName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.avatarUrlMax })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false })
  @MaxLength(LIMITS.avatarUrlMax)
  avatarUrl?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '11-digit mainland mobile number' })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @Matches(LIMITS.phonePattern)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsString()
  @MaxLength(64)
  homeHouseholdId?: string | null;

  @ApiPropertyOptional({ description: '关怀模式 (large type, high contrast)' })
  @IsOptional()
  @IsBoolean()
  careMode?: boolean;
}

export class PlaceRefDto implements PlaceRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PlaceLevel, enumName: 'PlaceLevel' }) level: PlaceLevel;
}

export class RoleGrantDto implements RoleGrantView {
  @ApiProperty() id: string;
  @ApiProperty() userId: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ type: PlaceRefDto }) place: PlaceRefDto;
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}

export class MyHouseholdDto implements MyHouseholdView {
  @ApiProperty() householdId: string;
  @ApiProperty({ example: '2单元 301' }) label: string;
  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation', description: JSON.stringify(HOUSEHOLD_RELATION_LABELS) })
  relation: HouseholdRelation;
  @ApiProperty({ type: PlaceRefDto }) building: PlaceRefDto;
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
}

export class MeDto implements MeView {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) avatarUrl: string | null;
  @ApiProperty({ type: String, nullable: true, example: '138****5678' }) phoneMasked: string | null;
  @ApiProperty() careMode: boolean;
  @ApiProperty({ type: String, nullable: true }) homeHouseholdId: string | null;
  @ApiProperty({ type: [MyHouseholdDto] }) households: MyHouseholdDto[];
  @ApiProperty({ type: [RoleGrantDto] }) roles: RoleGrantDto[];
  @ApiProperty({ type: [PlaceRefDto] }) communities: PlaceRefDto[];
}

export class LoginResultDto implements LoginResult {
  @ApiProperty() token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: MeDto }) user: MeDto;
}

export class DevUserDto implements DevUserView {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ example: '东湖社区 · 书记' }) description: string;
}
