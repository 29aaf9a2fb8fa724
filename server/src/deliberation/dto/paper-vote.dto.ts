import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BallotRollLineView,
  BallotRollPage,
  BallotTurnout,
  Fraction,
  PaperFormView,
  PaperVoteView,
  TurnoutCheck,
  TurnoutCheckKey,
  VoteChannel,
  VoteChannelCounts,
} from '@linli/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

export class RecordPaperVoteDto {
  @ApiProperty({ description: 'The roll line (voterKey from GET /ballots/:id/roll)' })
  @IsString()
  @Length(1, 64)
  voterKey: string;

  @ApiProperty()
  @IsString()
  @Length(1, 64)
  optionId: string;

  /** Optional in the schema so that a missing photo gets its own clear error rather than a generic one. */
  @ApiPropertyOptional({ description: 'The uploaded photo of the signed form (POST /ballots/:id/paper-forms)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  formId?: string;
}

export class BallotRollQueryDto {
  @ApiPropertyOptional({ description: 'Part of a name or a flat, e.g. 101' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class VoteChannelCountsDto implements VoteChannelCounts {
  @ApiProperty() online: number;
  @ApiProperty() paper: number;
}

class TurnoutFractionDto implements Fraction {
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
}

export class TurnoutCheckDto implements TurnoutCheck {
  @ApiProperty({ enum: ['participation_headcount', 'participation_area', 'quorum'], enumName: 'TurnoutCheckKey' }) key: TurnoutCheckKey;
  @ApiProperty({ enum: ['people', 'area'] }) measure: 'people' | 'area';
  @ApiProperty() value: number;
  @ApiProperty() base: number;
  @ApiProperty({ type: TurnoutFractionDto }) bound: TurnoutFractionDto;
  @ApiProperty() met: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'More participation needed (hundredths of m² for area); null when out of reach' }) short:
    number | null;
  @ApiProperty() statement: string;
}

export class BallotTurnoutDto implements BallotTurnout {
  @ApiProperty() votes: number;
  @ApiProperty() electors: number;
  @ApiProperty() areaHundredths: number;
  @ApiProperty() electorateAreaHundredths: number;
  @ApiProperty({ type: [TurnoutCheckDto] }) checks: TurnoutCheckDto[];
}

export class BallotRollLineDto implements BallotRollLineView {
  @ApiProperty() voterKey: string;
  @ApiProperty() label: string;
  @ApiProperty() voted: boolean;
  @ApiProperty({ enum: VoteChannel, enumName: 'VoteChannel', nullable: true }) channel: VoteChannel | null;
}

export class BallotRollPageDto implements BallotRollPage {
  @ApiProperty({ type: [BallotRollLineDto] }) items: BallotRollLineDto[];
  @ApiProperty() total: number;
}

export class PaperFormDto implements PaperFormView {
  @ApiProperty() id: string;
  @ApiProperty() url: string;
}

export class PaperVoteDto implements PaperVoteView {
  @ApiProperty() voterKey: string;
  @ApiProperty() label: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: PaperFormDto }) form: PaperFormDto;
}

export class PaperVoteListDto {
  @ApiProperty({ type: [PaperVoteDto] }) items: PaperVoteDto[];
}
