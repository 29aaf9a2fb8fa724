import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, PointsEntryView, RankingRowView } from '@linli/shared';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class AwardPointsDto {
  @ApiProperty()
  @IsString() @IsNotEmpty() @MaxLength(64)
  userId: string;

  @ApiProperty({ minimum: 1, maximum: LIMITS.pointsAwardMax })
  @IsInt() @Min(1) @Max(LIMITS.pointsAwardMax)
  amount: number;

  @ApiProperty({ minLength: LIMITS.reasonMin, maxLength: LIMITS.reasonMax, example: '协助社区疫苗接种登记' })
  @IsString() @MinLength(LIMITS.reasonMin) @MaxLength(LIMITS.reasonMax)
  reason: string;

  @ApiProperty({ description: 'Client-generated id of this award; a retried request with the same key credits once' })
  @IsString() @Matches(/^[A-Za-z0-9_-]{8,64}$/)
  idempotencyKey: string;
}

export class ReversePointsDto {
  @ApiProperty({ minLength: LIMITS.reasonMin, maxLength: LIMITS.reasonMax })
  @IsString() @MinLength(LIMITS.reasonMin) @MaxLength(LIMITS.reasonMax)
  reason: string;
}

export class CommunityQueryDto {
  @ApiProperty()
  @IsString() @IsNotEmpty() @MaxLength(64)
  communityId: string;
}

export class RankingQueryDto {
  @ApiProperty({ required: false, minimum: 1, maximum: LIMITS.pageSizeMax, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(LIMITS.pageSizeMax)
  limit?: number;
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
  @ApiProperty({ format: 'date-time' }) createdAt: string;
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
