import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, APPROVER_ROLES, Role } from '@linli/shared';
import { placeInQuery, placeOf, RequireRole } from '../common/access/require-role.decorator';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ReasonDto } from '../common/http/reason.dto';
import { ConfirmHoursDto, MyShiftsQueryDto, ServiceHoursQueryDto } from './dto/post-input.dto';
import { MyShiftDto, ServiceHoursDto, ShiftClaimDto } from './dto/post-view.dto';
import { PostBoardService } from './post-board.service';
import { ShiftClaim } from './shift-claim.entity';
import { ShiftClaimsService } from './shift-claims.service';
import { ShiftHoursService } from './shift-hours.service';

const inCommunityOfClaim = placeOf(ShiftClaim, 'communityId', 'SHIFT_CLAIM_NOT_FOUND');

@ApiTags('posts')
@ApiBearerAuth()
@Controller()
export class ShiftClaimsController {
  constructor(
    private readonly claims: ShiftClaimsService,
    private readonly hours: ShiftHoursService,
    private readonly board: PostBoardService,
  ) {}

  @Post('shift-claims/:id/cancellation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw my claim (a seat until 2 h before the start; the waiting list until the start); the next waiting member moves up' })
  @RequireRole(ALL_ROLES, inCommunityOfClaim)
  @ApiOkResponse({ type: ShiftClaimDto })
  cancel(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ShiftClaimDto> {
    return this.claims.cancel(user.id, id);
  }

  @Post('shift-claims/:id/removal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a member from a shift with a reason (secretary); the next waiting member moves up' })
  @RequireRole([Role.Secretary], inCommunityOfClaim)
  @ApiOkResponse({ type: ShiftClaimDto })
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<ShiftClaimDto> {
    return this.claims.remove(user.id, id, body.reason);
  }

  @Post('shift-claims/:id/hours')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the computed hours, or set minutes with a reason (secretary); hours × points per hour are credited once' })
  @RequireRole(APPROVER_ROLES, inCommunityOfClaim)
  @ApiOkResponse({ type: ShiftClaimDto })
  confirmHours(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ConfirmHoursDto): Promise<ShiftClaimDto> {
    return this.hours.confirm(user.id, id, body);
  }

  @Get('me/shift-claims')
  @ApiOperation({ summary: 'My shifts: upcoming (seat or waiting list) soonest first, or past ones with hours and points' })
  @ApiOkResponse({ type: [MyShiftDto] })
  mine(@CurrentUser() user: AuthUser, @Query() query: MyShiftsQueryDto): Promise<MyShiftDto[]> {
    return this.board.mine(user.id, query);
  }

  @Get('me/service-hours')
  @ApiOperation({ summary: 'My confirmed service in a community: shifts, minutes and the points they earned' })
  @RequireRole(ALL_ROLES, placeInQuery('communityId'))
  @ApiOkResponse({ type: ServiceHoursDto })
  serviceHours(@CurrentUser() user: AuthUser, @Query() query: ServiceHoursQueryDto): Promise<ServiceHoursDto> {
    return this.board.hours(user.id, query.communityId);
  }
}
