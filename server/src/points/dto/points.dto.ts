import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS, PointsEntryView, PointsPeriod, PointsRulesView, POINTS_RULE_LIMITS, RankingRowView, UnitRankingRowView } from '@linli/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/http/page';

export class AwardPointsDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  userId: string;

  @ApiProperty({ minimum: 1, maximum: LIMITS.pointsAwardMax })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pointsAwardMax)
  amount: number;

  @ApiProperty({ minLength: LIMITS.reasonMin, maxLength: LIMITS.reasonMax, example: '协助社区疫苗接种登记' })
  @IsString()
  @MinLength(LIMITS.reasonMin)
  @MaxLength(LIMITS.reasonMax)
  reason: string;

  @ApiProperty({ description: 'Client-generated id of this award; a retried request with the same key credits once' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/)
  idempotencyKey: string;
}

export class ReversePointsDto {
  @ApiProperty({ minLength: LIMITS.reasonMin, maxLength: LIMITS.reasonMax })
  @IsString()
  @MinLength(LIMITS.reasonMin)
  @MaxLength(LIMITS.reasonMax)
  reason: string;
}

export class CommunityQueryDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  communityId: string;
}

export class RankingQueryDto {
  @ApiProperty({ required: false, minimum: 1, maximum: LIMITS.pageSizeMax, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({
    enum: PointsPeriod,
    enumName: 'PointsPeriod',
    default: PointsPeriod.All,
    description: 'all time, this year or this month (Asia/Shanghai)',
  })
  @IsOptional()
  @IsEnum(PointsPeriod)
  period?: PointsPeriod;
}

export class MyPointsHistoryQueryDto extends PageQueryDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  communityId: string;
}

export class UpdatePointsRulesDto {
  @ApiProperty({
    minimum: POINTS_RULE_LIMITS.pointsPerHour.min,
    maximum: POINTS_RULE_LIMITS.pointsPerHour.max,
    description: 'Rate for new posts that give none',
  })
  @IsInt()
  @Min(POINTS_RULE_LIMITS.pointsPerHour.min)
  @Max(POINTS_RULE_LIMITS.pointsPerHour.max)
  pointsPerHour: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: POINTS_RULE_LIMITS.dailyCap.min,
    maximum: POINTS_RULE_LIMITS.dailyCap.max,
    description: 'Most points a member earns by taking part in one day; null: no cap',
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(POINTS_RULE_LIMITS.dailyCap.min)
  @Max(POINTS_RULE_LIMITS.dailyCap.max)
  dailyCap: number | null;
}

export class PointsRulesDto implements PointsRulesView {
  @ApiProperty() communityId: string;
  @ApiProperty() pointsPerHour: number;
  @ApiProperty({ type: Number, nullable: true }) dailyCap: number | null;
  @ApiProperty({ description: 'From the wish rules (心愿规则)' }) pointsPerWish: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedByName: string | null;
}

export class UnitRankingRowDto implements UnitRankingRowView {
  @ApiProperty() rank: number;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() points: number;
  @ApiProperty() members: number;
}

export class PointsEntryDto implements PointsEntryView {
  @ApiProperty() id: string;
  @ApiProperty() userId: string;
  @ApiProperty() communityId: string;
  @ApiProperty() amount: number;
  @ApiProperty() reason: string;
  @ApiProperty() sourceType: string;
  @ApiProperty() sourceId: string;
  @ApiProperty({ type: String, nullable: true }) reversesEntryId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'What the source would have earned had the daily cap not cut it' }) cappedFrom: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PointsEntryPageDto {
  @ApiProperty({ type: [PointsEntryDto], description: 'Newest first' }) items: PointsEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class PointsSummaryDto {
  @ApiProperty() userId: string;
  @ApiProperty() communityId: string;
  @ApiProperty() balance: number;
  @ApiProperty({ type: [PointsEntryDto], description: 'Most recent first' }) recent: PointsEntryDto[];
}

export class RankingRowDto implements RankingRowView {
  @ApiProperty() rank: number;
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() balance: number;
}
