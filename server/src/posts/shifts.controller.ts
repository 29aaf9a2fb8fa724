import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Role } from '@linli/shared';
import type { FastifyReply } from 'fastify';
import { placeOf, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ReasonDto } from '../common/http/reason.dto';
import { CheckProofDto, UpdateShiftDto } from './dto/post-input.dto';
import { CheckInCodeDto, PostDto, ShiftClaimDto, ShiftRosterDto } from './dto/post-view.dto';
import { PostBoardService } from './post-board.service';
import { PUBLISHER_ROLES } from './post-managers';
import { PostPublishingService } from './post-publishing.service';
import { PostShift } from './post-shift.entity';
import { ShiftAttendanceService } from './shift-attendance.service';
import { ShiftClaimingService } from './shift-claiming.service';
import { ShiftHoursService } from './shift-hours.service';

const inCommunityOfShift = placeOf(PostShift, 'communityId', 'SHIFT_NOT_FOUND');

@ApiTags('posts')
@ApiBearerAuth()
@Controller('shifts')
export class ShiftsController {
  constructor(
    private readonly publishing: PostPublishingService,
    private readonly board: PostBoardService,
    private readonly claiming: ShiftClaimingService,
    private readonly attendance: ShiftAttendanceService,
    private readonly hours: ShiftHoursService,
  ) {}

  @Patch(':id')
  @ApiOperation({ summary: 'Change capacity (never below the seats taken; raising promotes the waiting list) or, while unclaimed, times' })
  @RequireRole(PUBLISHER_ROLES, inCommunityOfShift)
  @ApiOkResponse({ type: PostDto })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdateShiftDto): Promise<PostDto> {
    return this.publishing.updateShift(user.id, id, body);
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a shift before it starts, with a reason; every member on it is told' })
  @RequireRole(PUBLISHER_ROLES, inCommunityOfShift)
  @ApiOkResponse({ type: PostDto })
  cancel(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<PostDto> {
    return this.publishing.cancelShift(user.id, id, body.reason);
  }

  @Get(':id/claims')
  @ApiOperation({ summary: 'The roster: seat holders, the waiting list in order, and past claims (the post’s managers)' })
  @RequireRole(PUBLISHER_ROLES, inCommunityOfShift)
  @ApiOkResponse({ type: ShiftRosterDto })
  roster(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ShiftRosterDto> {
    return this.board.roster(user.id, id);
  }

  @Post(':id/claims')
  @ApiOperation({ summary: 'Claim a seat, or join the waiting list when full (party member of the community); a retry returns the same claim with 200' })
  @RequireRole(ALL_ROLES, inCommunityOfShift)
  @ApiCreatedResponse({ type: ShiftClaimDto })
  @ApiOkResponse({ type: ShiftClaimDto, description: 'The member already had this claim' })
  async claim(@Req() request: ScopedRequest, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ShiftClaimDto> {
    const result = await this.claiming.claim(request.user.id, id, request.scopeRoles!);
    if (!result.created) void reply.status(200);
    return result.claim;
  }

  @Get(':id/check-in-code')
  @ApiOperation({ summary: 'The current rotating QR token to show on site (the post’s managers); refetch every rotateSeconds' })
  @RequireRole(PUBLISHER_ROLES, inCommunityOfShift)
  @ApiOkResponse({ type: CheckInCodeDto })
  code(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<CheckInCodeDto> {
    return this.attendance.code(user.id, id);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check in to my shift by the scanned QR token or my location (from 15 minutes before the start)' })
  @RequireRole(ALL_ROLES, inCommunityOfShift)
  @ApiOkResponse({ type: ShiftClaimDto })
  checkIn(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: CheckProofDto): Promise<ShiftClaimDto> {
    return this.attendance.checkIn(user.id, id, body);
  }

  @Post(':id/check-out')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check out of my shift by the scanned QR token or my location' })
  @RequireRole(ALL_ROLES, inCommunityOfShift)
  @ApiOkResponse({ type: ShiftClaimDto })
  checkOut(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: CheckProofDto): Promise<ShiftClaimDto> {
    return this.attendance.checkOut(user.id, id, body);
  }

  @Post(':id/hours-confirmation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the computed hours of every checked-out member of the shift (secretary); points are credited' })
  @RequireRole([Role.Secretary], inCommunityOfShift)
  @ApiOkResponse({ type: ShiftRosterDto })
  confirmAll(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ShiftRosterDto> {
    return this.hours.confirmAll(user.id, id);
  }
}
