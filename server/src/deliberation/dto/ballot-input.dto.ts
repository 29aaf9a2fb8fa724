import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Art278Matter, BallotOptionsForm, BallotRule, DELIBERATION_DEFAULTS as D, DELIBERATION_TEXT_LIMITS as L } from '@linli/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../common/validation/dates';
import { trim } from '../../common/validation/text';
import { ScopeInputDto } from './scope-input.dto';

export class FractionDto {
  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  numerator: number;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  denominator: number;
}

/** Rules a secretary may put a topic to (acceptance ballots are held on decisions). */
const TOPIC_BALLOT_RULES = [BallotRule.Simple, BallotRule.Household, BallotRule.OwnersArt278] as const;

export class CreateBallotDto {
  @ApiProperty({ minLength: 2, maxLength: L.topicTitle, example: '是否同意3号楼加装电梯' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(L.topicTitle)
  title: string;

  @ApiProperty({ enum: TOPIC_BALLOT_RULES, enumName: 'TopicBallotRule' })
  @IsIn(TOPIC_BALLOT_RULES)
  rule: BallotRule;

  @ApiPropertyOptional({ enum: Art278Matter, enumName: 'Art278Matter', description: 'Required for owners_art278' })
  @IsOptional()
  @IsEnum(Art278Matter)
  matter?: Art278Matter;

  @ApiPropertyOptional({ type: FractionDto, description: 'simple / household: turnout needed, as a share of the electorate' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FractionDto)
  quorum?: FractionDto;

  @ApiProperty({ enum: BallotOptionsForm, enumName: 'BallotOptionsForm' })
  @IsEnum(BallotOptionsForm)
  optionsForm: BallotOptionsForm;

  @ApiPropertyOptional({ type: [String], minItems: D.minChoices, maxItems: D.maxChoices, description: 'Named choices when optionsForm is choices' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(D.minChoices)
  @ArrayMaxSize(D.maxChoices)
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value))
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.choiceLabel, { each: true })
  choices?: string[];

  @ApiProperty({ description: 'Secret ballot: nobody, the secretary and admins included, can see who chose what' })
  @IsBoolean()
  secret: boolean;

  @ApiProperty({ description: 'Voters may change their vote until closing (the last one counts); not with secret' })
  @IsBoolean()
  allowChange: boolean;

  @ApiPropertyOptional({ example: '2026-11-28T01:00:00.000Z', description: 'Default: now' })
  @IsOptional()
  @IsString()
  @IsInstant()
  opensAt?: string;

  @ApiProperty({ example: '2026-12-05T10:00:00.000Z' })
  @IsString()
  @IsInstant()
  closesAt: string;

  @ApiPropertyOptional({ type: ScopeInputDto, description: 'The electorate; default: the topic’s scope' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScopeInputDto)
  electorate?: ScopeInputDto;
}

export class CastVoteDto {
  @ApiProperty()
  @IsString()
  @MaxLength(64)
  optionId: string;

  @ApiPropertyOptional({ description: 'me.voterKey of the ballot: which roll line to vote as, when the caller may vote for more than one household' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  voterKey?: string;
}
