import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HOUSEHOLD_KEEPER_ROLES, Role } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ErrorBodyDto } from '../common/errors/error-body';
import { Household } from '../places/household.entity';
import {
  AddPersonDto,
  CorrectPersonDto,
  FlatPeopleDto,
  FlatResidentDto,
  MoveOutDto,
  MoveOutResultDto,
  PeopleSearchQueryDto,
  PersonMatchDto,
} from './dto/households.dto';
import { HouseholdPeopleService } from './household-people.service';

/** The keepers of households over the place (a grid worker: her grid; a building leader: his building), and the admin. */
const KEEPERS = [...HOUSEHOLD_KEEPER_ROLES, Role.Admin];
/** A flat outside the caller's grid answers as missing, not forbidden. */
const inFlat = placeOf(Household, 'buildingId', 'HOUSEHOLD_NOT_FOUND');

@ApiTags('households')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto })
@Controller()
export class HouseholdsController {
  constructor(private readonly people: HouseholdPeopleService) {}

  @Get('places/:id/people')
  @ApiOperation({ summary: 'Find people living in a community, grid or building by name, phone tail or flat (住户搜索)' })
  @RequireRole(KEEPERS, placeParam('id'))
  @ApiOkResponse({ type: [PersonMatchDto] })
  search(@Req() request: ScopedRequest, @Query() query: PeopleSearchQueryDto): Promise<PersonMatchDto[]> {
    return this.people.search(request.scopePlace!, request.scopeRoles!, query.q);
  }

  @Get('households/:id/people')
  @ApiOperation({ summary: "A flat's residents (with phones for those who call them) and who moved out" })
  @RequireRole(KEEPERS, inFlat)
  @ApiOkResponse({ type: FlatPeopleDto })
  flat(@Req() request: ScopedRequest, @Param('id') id: string): Promise<FlatPeopleDto> {
    return this.people.flat(id, request.scopeRoles!);
  }

  @Post('households/:id/people')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a person: someone moving in (userId), or a resident kept without an account (name, phone, consent)' })
  @RequireRole(KEEPERS, inFlat)
  @ApiOkResponse({ type: FlatResidentDto })
  add(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: AddPersonDto): Promise<FlatResidentDto> {
    return this.people.add(user.id, id, body);
  }

  @Patch('households/:id/people/:userId')
  @ApiOperation({ summary: "Correct a person's details (name and phone only while they have no account)" })
  @RequireRole(KEEPERS, inFlat)
  @ApiOkResponse({ type: FlatResidentDto })
  correct(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('userId') userId: string, @Body() body: CorrectPersonDto): Promise<FlatResidentDto> {
    return this.people.correct(user.id, id, userId, body);
  }

  @Post('households/:id/people/:userId/move-out')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a person out on a date: history kept; their resident role and home there end with it' })
  @RequireRole(KEEPERS, inFlat)
  @ApiOkResponse({ type: MoveOutResultDto })
  moveOut(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('userId') userId: string, @Body() body: MoveOutDto): Promise<MoveOutResultDto> {
    return this.people.moveOut(user.id, id, userId, body.movedOut);
  }
}
