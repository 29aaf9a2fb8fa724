import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APPROVER_ROLES, Role } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ReasonDto } from '../common/http/reason.dto';
import { JoinChoiceDto, JoinDto, JoinPlaceDto, JoinRequestDto, JoinResultDto } from './dto/onboarding.dto';
import { Household } from '../places/household.entity';
import { JoinCodes } from './join-codes';
import { JoinDecisionsService } from './join-decisions.service';
import { JoinPicker } from './join-picker';
import { JoinPlaces } from './join-places';
import { JoinRequest } from './join-request.entity';
import { JoinService } from './join.service';

/**
 * A request is decided by the grid worker of its grid, or the secretary over its community or the
 * deputy she named (APPROVER_ROLES; a grant covers what lies below).
 */
const decided = placeOf(JoinRequest, 'gridId', 'JOIN_REQUEST_NOT_FOUND');
const DECIDERS = [Role.GridWorker, ...APPROVER_ROLES];

@ApiTags('onboarding')
@ApiBearerAuth()
@Controller()
export class OnboardingController {
  constructor(
    private readonly joins: JoinService,
    private readonly places: JoinPlaces,
    private readonly picker: JoinPicker,
    private readonly decisions: JoinDecisionsService,
    private readonly codes: JoinCodes,
  ) {}

  @Get('join/communities')
  @ApiOperation({ summary: 'The communities a newcomer can pick from' })
  @ApiOkResponse({ type: [JoinChoiceDto] })
  communities(): Promise<JoinChoiceDto[]> {
    return this.picker.communities();
  }

  @Get('join/communities/:communityId/buildings')
  @ApiOperation({ summary: "A community's buildings, to pick one" })
  @ApiOkResponse({ type: [JoinChoiceDto] })
  buildings(@Param('communityId') communityId: string): Promise<JoinChoiceDto[]> {
    return this.picker.buildings(communityId);
  }

  @Get('join/places/:placeId')
  @ApiOperation({ summary: '扫码入户: what a QR code (p=<placeId>) names, a building or a flat, with the flats to pick from' })
  @ApiOkResponse({ type: JoinPlaceDto })
  place(@Param('placeId') placeId: string): Promise<JoinPlaceDto> {
    return this.places.view(placeId);
  }

  @Get('places/:id/join-code')
  @ApiOperation({ summary: "扫码入户 on WeChat: a building's mini-program code (PNG, wxacode.getUnlimited) for the secretary to print" })
  @ApiProduces('image/png')
  @RequireRole([Role.Secretary], placeParam('id'))
  async buildingCode(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    await this.places.view(id); // a building (or flat) only: a code for a grid would open nothing
    return png(reply, await this.codes.png(id));
  }

  @Get('households/:id/join-code')
  @ApiOperation({ summary: "扫码入户 on WeChat: a flat's mini-program code (PNG) for the secretary to print" })
  @ApiProduces('image/png')
  @RequireRole([Role.Secretary], placeOf(Household, 'buildingId', 'HOUSEHOLD_NOT_FOUND'))
  async flatCode(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return png(reply, await this.codes.png(id));
  }

  @Post('join')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join a flat: name + WeChat-verified phone matching the register joins at once; otherwise a join request' })
  @ApiOkResponse({ type: JoinResultDto })
  join(@CurrentUser() user: AuthUser, @Body() body: JoinDto): Promise<JoinResultDto> {
    return this.joins.join(user.id, body);
  }

  @Get('me/join-requests')
  @ApiOperation({ summary: 'My join requests, newest first, with the answer' })
  @ApiOkResponse({ type: [JoinRequestDto] })
  mine(@CurrentUser() user: AuthUser): Promise<JoinRequestDto[]> {
    return this.joins.mine(user.id);
  }

  @Get('join-requests/:id')
  @ApiOperation({ summary: 'One join request, for the grid worker of its grid or the secretary' })
  @RequireRole(DECIDERS, decided)
  @ApiOkResponse({ type: JoinRequestDto })
  get(@Param('id') id: string): Promise<JoinRequestDto> {
    return this.decisions.get(id);
  }

  @Post('join-requests/:id/approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve: the applicant becomes a member of the flat and a resident of the community' })
  @RequireRole(DECIDERS, decided)
  @ApiOkResponse({ type: JoinRequestDto })
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<JoinRequestDto> {
    return this.decisions.approve(user.id, id);
  }

  @Post('join-requests/:id/refusal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse with a reason the applicant is told' })
  @RequireRole(DECIDERS, decided)
  @ApiOkResponse({ type: JoinRequestDto })
  refuse(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<JoinRequestDto> {
    return this.decisions.refuse(user.id, id, body.reason);
  }
}

function png(reply: FastifyReply, bytes: Buffer): StreamableFile {
  reply.header('content-type', 'image/png');
  return new StreamableFile(bytes, { length: bytes.length });
}
