import { ApiProperty } from '@nestjs/swagger';
import { FlatView, HouseholdRelation, HouseholdView, OwnerKind, PlaceLevel, PlaceView } from '@linli/shared';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class PlaceDto implements PlaceView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PlaceLevel, enumName: 'PlaceLevel' }) level: PlaceLevel;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
}

export class FlatDto implements FlatView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2单元 301' }) label: string;
}

export class HouseholdDto implements HouseholdView {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty() buildingId: string;
  @ApiProperty() communityId: string;
  @ApiProperty({ example: '89.50', description: 'm², two decimals' }) area: string;
  @ApiProperty({ type: String, nullable: true }) ownerName: string | null;
  @ApiProperty({ enum: OwnerKind, enumName: 'OwnerKind', nullable: true }) ownerKind: OwnerKind | null;
}

export class HouseholdPageDto {
  @ApiProperty({ type: [HouseholdDto] }) items: HouseholdDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class AddHouseholdMemberDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  userId: string;

  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation' })
  @IsEnum(HouseholdRelation)
  relation: HouseholdRelation;

  @ApiProperty({ required: false, default: true })
  @IsOptional()
  @IsBoolean()
  isAdult?: boolean;
}

export class HouseholdMemberDto {
  @ApiProperty() householdId: string;
  @ApiProperty() userId: string;
  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation' }) relation: HouseholdRelation;
  @ApiProperty() isAdult: boolean;
}

export class HouseholdResidentDto {
  @ApiProperty() userId: string;
  @ApiProperty({ example: '王秀英' }) displayName: string;
  @ApiProperty({ enum: HouseholdRelation, enumName: 'HouseholdRelation' }) relation: HouseholdRelation;
  @ApiProperty() isAdult: boolean;
}
