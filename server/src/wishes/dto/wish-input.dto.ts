import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SensitiveKind, WISH_DEFAULTS, WishCategory, WishPhotoKind, WishStatus } from '@linli/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDay } from '../../common/validation/dates';
import { PageQueryDto } from '../../common/http/page';
import { trim } from '../../common/validation/text';

export class PostWishDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  householdId: string;

  @ApiPropertyOptional({ description: 'The resident a grid worker posts for (代办); omit to post for yourself' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  beneficiaryUserId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: "Required when posting for someone: how the resident's consent was recorded" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  consentNote?: string;

  @ApiPropertyOptional({
    enum: SensitiveKind,
    enumName: 'SensitiveKind',
    isArray: true,
    description:
      "Separate consent (PIPL Art. 28–31) to the wish's sensitive information, one per kind the poster ticked: health/disability, a child under 14 (the guardian's). Required for every kind the story is likely to carry.",
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(SensitiveKind, { each: true })
  sensitiveConsents?: SensitiveKind[];

  @ApiPropertyOptional({ enum: ['female', 'male'], description: 'Only to address the beneficiary politely on the wall (王女士)' })
  @IsOptional()
  @IsIn(['female', 'male'])
  beneficiaryGender?: 'female' | 'male';

  @ApiProperty({ minLength: 4, maxLength: 40, example: '想要一个新书包' })
  @Transform(trim)
  @IsString()
  @MinLength(4)
  @MaxLength(40)
  title: string;

  @ApiProperty({ minLength: 10, maxLength: 500 })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(500)
  story: string;

  @ApiProperty({ enum: WishCategory, enumName: 'WishCategory' })
  @IsEnum(WishCategory)
  category: WishCategory;

  @ApiProperty({ description: 'Estimated value in fen (分)', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  valueFen: number;

  @ApiProperty({ example: '2026-12-20', description: 'YYYY-MM-DD (Asia/Shanghai)' })
  @IsString()
  @IsCalendarDay()
  wantedBy: string;
}

export class ApproveWishDto {
  @ApiPropertyOptional({ description: 'Edited title (to take out private details)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(4)
  @MaxLength(40)
  title?: string;

  @ApiPropertyOptional({ description: 'Edited story (to take out private details)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(500)
  story?: string;
}

export class ClaimWishDto {
  @ApiPropertyOptional({ type: [String], maxItems: WISH_DEFAULTS.maxCoClaimers, description: '帮帮团: up to 4 party members who share the points' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(WISH_DEFAULTS.maxCoClaimers)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  coClaimerIds?: string[];
}

export class ReassignWishDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  claimerId: string;

  @ApiProperty({ minLength: 2, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason: string;
}

export class FulfilWishDto {
  @ApiProperty({ minLength: 2, maxLength: 500, example: '已把书包送到家中，孩子很喜欢' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  note: string;
}

export class ConfirmWishDto {
  @ApiPropertyOptional({ maxLength: 200, example: '谢谢王书记，孩子开心坏了' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  thanks?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number;
}

const WALL_STATUSES = [WishStatus.Open, WishStatus.Claimed, WishStatus.Fulfilled, WishStatus.Confirmed];

/** A street's wall: newest first only (its index has no wanted-by order). */
export class StreetWallQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WALL_STATUSES, default: WishStatus.Open })
  @IsOptional()
  @IsIn(WALL_STATUSES)
  status?: WishStatus;

  @ApiPropertyOptional({ enum: WishCategory, enumName: 'WishCategory' })
  @IsOptional()
  @IsEnum(WishCategory)
  category?: WishCategory;
}

export class WallQueryDto extends StreetWallQueryDto {
  @ApiPropertyOptional({ enum: ['newest', 'urgent'], default: 'newest', description: 'urgent: nearest wanted-by date first' })
  @IsOptional()
  @IsIn(['newest', 'urgent'])
  sort?: 'newest' | 'urgent';
}

export class ReviewQueryDto extends PageQueryDto {}

/** The 帮帮团 picker: part of a name, for a community with more members than one list shows. */
export class CoClaimerQueryDto {
  @ApiPropertyOptional({ maxLength: 32, example: '张' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  q?: string;
}

export class PhotoUploadQueryDto {
  @ApiProperty({ enum: WishPhotoKind, enumName: 'WishPhotoKind' })
  @IsEnum(WishPhotoKind)
  kind: WishPhotoKind;
}
