import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecisionList, DecisionStatus, DELIBERATION_TEXT_LIMITS as L } from '@linli/shared';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/http/page';
import { INSTANT, trim } from '../../common/validation/text';
import { FractionDto } from './ballot-input.dto';

export class UpdateDecisionDto {
  @ApiPropertyOptional({ maxLength: L.decisionTitle })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(L.decisionTitle)
  title?: string;

  @ApiPropertyOptional({ enum: DecisionList, enumName: 'DecisionList' })
  @IsOptional()
  @IsEnum(DecisionList)
  list?: DecisionList;

  @ApiPropertyOptional({ maxLength: L.responsible, description: 'The unit or person answerable' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(L.responsible)
  responsible?: string;
}

export class MilestoneInputDto {
  @ApiProperty({ maxLength: L.milestone, example: '完成施工单位招标' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(L.milestone)
  title: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'A calendar day' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn?: string;
}

export class ProgressInputDto {
  @ApiProperty({ maxLength: L.progressNote })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(L.progressNote)
  note: string;
}

export class AcceptanceBallotDto {
  @ApiPropertyOptional({ description: 'Default: now' })
  @IsOptional()
  @IsString()
  @Matches(INSTANT)
  opensAt?: string;

  @ApiProperty()
  @IsString()
  @Matches(INSTANT)
  closesAt: string;

  @ApiPropertyOptional({ type: FractionDto, description: 'Satisfied share needed; default 2/3' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FractionDto)
  threshold?: FractionDto;
}

export class DecisionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DecisionList, enumName: 'DecisionList' })
  @IsOptional()
  @IsEnum(DecisionList)
  list?: DecisionList;

  @ApiPropertyOptional({ enum: DecisionStatus, enumName: 'DecisionStatus' })
  @IsOptional()
  @IsEnum(DecisionStatus)
  status?: DecisionStatus;
}
