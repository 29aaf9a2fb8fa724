import { ApiProperty } from '@nestjs/swagger';
import { DashboardCommunityView, DashboardView } from '@linli/shared';

export class DashboardWishesDto {
  @ApiProperty() posted: number;
  @ApiProperty() claimed: number;
  @ApiProperty() fulfilled: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Days from posting to confirmed receipt' }) medianDaysToFulfil: number | null;
}

export class DashboardShiftsDto {
  @ApiProperty() held: number;
  @ApiProperty() serviceHours: number;
}

export class DashboardBallotsDto {
  @ApiProperty() closed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Votes cast over the electorate of the closed ballots (0–1)' }) turnout: number | null;
  @ApiProperty() acceptanceHeld: number;
  @ApiProperty() acceptancePassed: number;
  @ApiProperty({ type: Number, nullable: true }) acceptanceRate: number | null;
}

export class DashboardSeriesDto {
  @ApiProperty({ type: [Number] }) wishesPosted: number[];
  @ApiProperty({ type: [Number] }) wishesFulfilled: number[];
  @ApiProperty({ type: [Number] }) serviceHours: number[];
  @ApiProperty({ type: [Number] }) newMembers: number[];
}

export class DashboardCommunityDto implements DashboardCommunityView {
  @ApiProperty() communityId: string;
  @ApiProperty() name: string;
  @ApiProperty() members: number;
  @ApiProperty() units: number;
  @ApiProperty() wishesPosted: number;
  @ApiProperty() wishesFulfilled: number;
  @ApiProperty() serviceHours: number;
}

export class DashboardDto implements DashboardView {
  @ApiProperty() placeId: string;
  @ApiProperty() placeName: string;
  @ApiProperty() level: string;
  @ApiProperty() members: number;
  @ApiProperty() units: number;
  @ApiProperty({ type: DashboardWishesDto }) wishes: DashboardWishesDto;
  @ApiProperty({ type: DashboardShiftsDto }) shifts: DashboardShiftsDto;
  @ApiProperty({ type: DashboardBallotsDto }) ballots: DashboardBallotsDto;
  @ApiProperty({ type: [String], description: 'YYYY-MM, oldest first' }) months: string[];
  @ApiProperty({ type: DashboardSeriesDto }) series: DashboardSeriesDto;
  @ApiProperty({ type: [DashboardCommunityDto] }) communities: DashboardCommunityDto[];
}
