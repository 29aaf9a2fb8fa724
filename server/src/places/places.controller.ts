import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Role } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ErrorBodyDto } from '../common/errors/error-body';
import { PageQueryDto } from '../common/http/page';
import { AddHouseholdMemberDto, FlatDto, HouseholdMemberDto, HouseholdPageDto, HouseholdResidentDto, PlaceDto } from './dto/places.dto';
import { Household } from './household.entity';
import { PlacesService } from './places.service';

const HOUSEHOLD_KEEPERS = [Role.Secretary, Role.GridWorker, Role.StreetOfficer, Role.Admin];

@ApiTags('places')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto })
@Controller()
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Get('places/:id')
  @ApiOperation({ summary: 'A place of the tree (names of places are public)' })
  @ApiOkResponse({ type: PlaceDto })
  place(@Param('id') id: string): Promise<PlaceDto> {
    return this.places.place(id);
  }

  @Get('places/:id/children')
  @ApiOkResponse({ type: [PlaceDto] })
  children(@Param('id') id: string): Promise<PlaceDto[]> {
    return this.places.children(id);
  }

  @Get('places/:id/households')
  @ApiOperation({ summary: 'Households of a community, grid or building, with areas and owners' })
  @RequireRole(HOUSEHOLD_KEEPERS, placeParam('id'))
  @ApiOkResponse({ type: HouseholdPageDto })
  households(@Req() request: ScopedRequest, @Query() query: PageQueryDto): Promise<HouseholdPageDto> {
    return this.places.households(request.scopePlace!, query.cursor, query.limit);
  }

  @Get('places/:id/flats')
  @ApiOperation({ summary: 'The flats of a building, labels only (anyone in the community: to name households in a topic’s scope)' })
  @RequireRole(ALL_ROLES, placeParam('id'))
  @ApiOkResponse({ type: [FlatDto] })
  flats(@Req() request: ScopedRequest): Promise<FlatDto[]> {
    return this.places.flats(request.scopePlace!);
  }

  @Get('households/:id/members')
  @ApiOperation({ summary: 'Who lives in (or owns) a household, e.g. for a grid worker posting a wish for a resident (代办)' })
  @RequireRole(HOUSEHOLD_KEEPERS, placeOf(Household, 'buildingId', 'HOUSEHOLD_NOT_FOUND'))
  @ApiOkResponse({ type: [HouseholdResidentDto] })
  members(@Param('id') id: string): Promise<HouseholdResidentDto[]> {
    return this.places.members(id);
  }

  @Post('households/:id/members')
  @ApiOperation({ summary: 'Record a person as living in (or owning) a household; makes them a resident of its community' })
  @RequireRole([Role.Secretary, Role.GridWorker, Role.Admin], placeOf(Household, 'buildingId', 'HOUSEHOLD_NOT_FOUND'))
  @ApiOkResponse({ type: HouseholdMemberDto })
  addMember(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: AddHouseholdMemberDto): Promise<HouseholdMemberDto> {
    return this.places.addMember(user.id, id, body);
  }
}
