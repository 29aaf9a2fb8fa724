import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecisionList, DecisionStatus, DELIBERATION_TEXT_LIMITS as L } from '@linli/shared';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsInstant, IsCalendarDay } from '../../common/validation/dates';
import { PageQueryDto } from '../../common/http/page';
import { trim } from '../../common/validation/text';
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
  @IsCalendarDay()
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
  @IsInstant()
  opensAt?: string;

  @ApiProperty()
  @IsString()
  @IsInstant()
  closesAt: string;

  @ApiPropertyOptional({ type: FractionDto, description: 'Satisfied share needed; default 2/3' })
  @IsOptional()
  @IsObject()
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
