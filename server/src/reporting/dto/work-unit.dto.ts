import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS, ResourceKind, ResourceOfferView, WorkUnitKind, WorkUnitView } from '@linli/shared';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/validation/text';

/** A unit not on file yet, entered by the member or the unit contact. */
export class NewWorkUnitDto {
  @ApiProperty({ minLength: LIMITS.unitNameMin, maxLength: LIMITS.unitNameMax, example: '区教育局' })
  @Transform(trim)
  @IsString()
  @MinLength(LIMITS.unitNameMin)
  @MaxLength(LIMITS.unitNameMax)
  name: string;

  @ApiProperty({ enum: WorkUnitKind, enumName: 'WorkUnitKind' })
  @IsEnum(WorkUnitKind)
  kind: WorkUnitKind;

  @ApiProperty({ minLength: LIMITS.unitNameMin, maxLength: LIMITS.partyOrgNameMax, example: '区教育局机关党委' })
  @Transform(trim)
  @IsString()
  @MinLength(LIMITS.unitNameMin)
  @MaxLength(LIMITS.partyOrgNameMax)
  partyOrgName: string;
}

export class ResourceOfferDto implements ResourceOfferView {
  @ApiProperty({ enum: ResourceKind, enumName: 'ResourceKind' })
  @IsEnum(ResourceKind)
  kind: ResourceKind;

  @ApiProperty({ minLength: 2, maxLength: LIMITS.resourceDescriptionMax, example: '三楼会议室，周末可供社区活动使用' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(LIMITS.resourceDescriptionMax)
  description: string;
}

export class WorkUnitDto implements WorkUnitView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: WorkUnitKind, enumName: 'WorkUnitKind' }) kind: WorkUnitKind;
  @ApiProperty() partyOrgName: string;
}

export class WorkUnitSearchQueryDto {
  @ApiPropertyOptional({ maxLength: LIMITS.unitNameMax, description: 'Part of the unit name; empty lists the most recent' })
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.unitNameMax)
  q: string = '';
}
