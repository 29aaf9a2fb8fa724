import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIBERATION_TEXT_LIMITS as L } from '@linli/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/http/page';
import { trim } from '../../common/validation/text';
import { ScopeInputDto } from './scope-input.dto';

export class ProposeTopicDto {
  @ApiProperty({ minLength: 4, maxLength: L.topicTitle, example: '3号楼加装电梯' })
  @Transform(trim)
  @IsString()
  @MinLength(4)
  @MaxLength(L.topicTitle)
  title: string;

  @ApiProperty({ minLength: 10, maxLength: L.topicBody })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(L.topicBody)
  body: string;

  @ApiProperty({ type: ScopeInputDto })
  // Without these a missing scope passed validation (ValidateNested skips undefined) and failed in the service.
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ScopeInputDto)
  scope: ScopeInputDto;
}

export class TopicReviewDto {
  @ApiProperty({ description: 'true: accept for deliberation; false: decline with a reason' })
  @IsBoolean()
  accept: boolean;

  @ApiPropertyOptional({ maxLength: L.reason, description: 'Required when declining (the proposer sees it)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(L.reason)
  reason?: string;
}

export const TOPIC_STAGES = ['discussing', 'voting', 'decided', 'proposed', 'mine'] as const;
export type TopicStage = (typeof TOPIC_STAGES)[number];

export class TopicListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: TOPIC_STAGES,
    description: 'discussing/voting/decided for everyone; proposed (awaiting review) for the secretary; mine: what I raised',
  })
  @IsOptional()
  @IsIn(TOPIC_STAGES)
  stage?: TopicStage;
}

export class CommentInputDto {
  @ApiProperty({ minLength: 1, maxLength: L.comment })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.comment)
  body: string;

  @ApiPropertyOptional({ description: 'Reply to this top-level comment' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parentId?: string;
}

export class CommentReportDto {
  @ApiPropertyOptional({ maxLength: L.reason })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.reason)
  reason?: string;
}
