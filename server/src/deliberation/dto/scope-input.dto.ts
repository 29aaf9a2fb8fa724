import { ApiPropertyOptional } from '@nestjs/swagger';
import { DELIBERATION_DEFAULTS } from '@linli/shared';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** Who a topic or ballot concerns: a place (the community, one of its grids or buildings) or named households. Exactly one. */
export class ScopeInputDto {
  @ApiPropertyOptional({ description: 'The community, a grid or a building of it' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  placeId?: string;

  @ApiPropertyOptional({ type: [String], maxItems: DELIBERATION_DEFAULTS.maxScopeHouseholds })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DELIBERATION_DEFAULTS.maxScopeHouseholds)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  householdIds?: string[];
}
