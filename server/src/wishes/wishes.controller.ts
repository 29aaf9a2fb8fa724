import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, APPROVER_ROLES, Role } from '@linli/shared';
import { DataSource } from 'typeorm';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { PageQueryDto } from '../common/http/page';
import { ReasonDto } from '../common/http/reason.dto';
import {
  ApproveWishDto,
  ClaimWishDto,
  CoClaimerQueryDto,
  ConfirmWishDto,
  FulfilWishDto,
  PostWishDto,
  ReassignWishDto,
  StreetWallQueryDto,
  WallQueryDto,
} from './dto/wish-input.dto';
import {
  CoClaimerCandidateDto,
  WishContactDto,
  WishCountsDto,
  WishHistoryDto,
  WishManageDto,
  WishManagePageDto,
  WishPageDto,
  WishPublicDto,
} from './dto/wish-view.dto';
import { Wish } from './wish.entity';
import { WishClaimsService } from './wish-claims.service';
import { WishGroupService } from './wish-group.service';
import { WishHistoryService } from './wish-history.service';
import { WishPostingService } from './wish-posting.service';
import { WishWallService } from './wish-wall.service';

const inCommunityOf = placeOf(Wish, 'communityId', 'WISH_NOT_FOUND');
/** Anyone the street wall shows the wish to. */
const inStreetOf = placeOf(Wish, 'streetId', 'WISH_NOT_FOUND');

@ApiTags('wishes')
@ApiBearerAuth()
@Controller()
export class WishesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posting: WishPostingService,
    private readonly claims: WishClaimsService,
    private readonly wall: WishWallService,
    private readonly histories: WishHistoryService,
    private readonly group: WishGroupService,
  ) {}

  @Post('wishes')
  @ApiOperation({ summary: 'Post a wish for yourself, or as grid worker for a resident (代办, with their consent); it waits for review' })
  @ApiCreatedResponse({ type: WishManageDto })
  post(@CurrentUser() user: AuthUser, @Body() body: PostWishDto): Promise<WishManageDto> {
    return this.posting.post(user.id, body);
  }

  @Get('communities/:communityId/wishes')
  @ApiOperation({ summary: 'The wish wall of a community (public view), newest or most urgent first' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: WishPageDto })
  list(@Req() request: ScopedRequest, @Query() query: WallQueryDto): Promise<WishPageDto> {
    return this.wall.page(request.scopePlace!, query);
  }

  @Get('streets/:streetId/wishes')
  @ApiOperation({ summary: 'The wish wall of every community of a street (public view), newest first, for anyone living or serving there' })
  @RequireRole(ALL_ROLES, placeParam('streetId'), { orBelow: true })
  @ApiOkResponse({ type: WishPageDto })
  streetList(@Req() request: ScopedRequest, @Query() query: StreetWallQueryDto): Promise<WishPageDto> {
    return this.wall.streetPage(request.scopePlace!, query);
  }

  @Get('communities/:communityId/wishes/counts')
  @ApiOperation({ summary: 'Open, claimed and fulfilled (已圆梦) counts of a community' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: WishCountsDto })
  counts(@Req() request: ScopedRequest): Promise<WishCountsDto> {
    return this.wall.counts(request.scopePlace!);
  }

  @Get('communities/:communityId/wishes/review')
  @ApiOperation({ summary: 'Wishes waiting for review, oldest first (secretary)' })
  @RequireRole(APPROVER_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: WishManagePageDto })
  reviewQueue(@Req() request: ScopedRequest, @Query() query: PageQueryDto): Promise<WishManagePageDto> {
    return this.posting.reviewQueue(request.scopePlace!, query.cursor, query.limit);
  }

  @Get('me/wishes')
  @ApiOperation({ summary: 'Wishes I posted or that were posted for me' })
  @ApiOkResponse({ type: [WishManageDto] })
  mine(@CurrentUser() user: AuthUser): Promise<WishManageDto[]> {
    return this.posting.mine(user.id);
  }

  @Get('me/wish-claims')
  @ApiOperation({ summary: 'Wishes I claim or claimed, alone or in a group' })
  @ApiOkResponse({ type: [WishPublicDto] })
  myClaims(@CurrentUser() user: AuthUser): Promise<WishPublicDto[]> {
    return this.claims.mine(user.id);
  }

  @Get('wishes/:id')
  @ApiOperation({ summary: 'A wish as the public sees it, for anyone living or serving in its street' })
  @RequireRole(ALL_ROLES, inStreetOf, { orBelow: true })
  @ApiOkResponse({ type: WishPublicDto })
  async detail(@Param('id') id: string): Promise<WishPublicDto> {
    return this.wall.detail(await this.dataSource.getRepository(Wish).findOneByOrFail({ id }));
  }

  @Get('wishes/:id/private')
  @ApiOperation({ summary: 'A wish with the beneficiary details: poster, beneficiary, agent or secretary' })
  @ApiOkResponse({ type: WishManageDto })
  privateView(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<WishManageDto> {
    return this.posting.privateView(user.id, id);
  }

  @Get('wishes/:id/history')
  @ApiOperation({
    summary: "A wish's history (posted, approved, claimed, reminded…, confirmed), oldest first: poster, beneficiary, agent, claimer or secretary",
  })
  @RequireRole(ALL_ROLES, inStreetOf, { orBelow: true })
  @ApiOkResponse({ type: WishHistoryDto })
  history(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<WishHistoryDto> {
    return this.histories.history(user.id, id);
  }

  @Get('wishes/:id/contact')
  @ApiOperation({ summary: 'Contact and delivery details, for the live claimer while the claim lasts' })
  @ApiOkResponse({ type: WishContactDto })
  contact(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<WishContactDto> {
    return this.claims.contact(user.id, id);
  }

  @Post('wishes/:id/approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve onto the wall, optionally editing out private details (secretary)' })
  @RequireRole(APPROVER_ROLES, inCommunityOf)
  @ApiOkResponse({ type: WishManageDto })
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ApproveWishDto): Promise<WishManageDto> {
    return this.posting.approve(user.id, id, body);
  }

  @Post('wishes/:id/rejection')
  @HttpCode(200)
  @RequireRole(APPROVER_ROLES, inCommunityOf)
  @ApiOkResponse({ type: WishManageDto })
  reject(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<WishManageDto> {
    return this.posting.reject(user.id, id, body.reason);
  }

  @Post('wishes/:id/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'The poster takes the wish back before anyone claims it' })
  @RequireRole(ALL_ROLES, inStreetOf, { orBelow: true })
  @ApiOkResponse({ type: WishManageDto })
  withdraw(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<WishManageDto> {
    return this.posting.withdraw(user.id, id);
  }

  @Get('wishes/:id/co-claimer-candidates')
  @ApiOperation({ summary: 'Whom I may invite into a 帮帮团 for this open wish: the Party members of its community (names only)' })
  @RequireRole(ALL_ROLES, inStreetOf, { orBelow: true })
  @ApiOkResponse({ type: [CoClaimerCandidateDto] })
  coClaimerCandidates(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() query: CoClaimerQueryDto): Promise<CoClaimerCandidateDto[]> {
    return this.group.candidates(user.id, id, query.q);
  }

  @Post('wishes/:id/claims')
  @ApiOperation({ summary: 'Claim an open wish (party member or unit contact of the community), optionally with co-claimers' })
  // Scoped like the detail: whoever the street wall shows the wish to is told why they may not claim it (403), not that it is missing.
  @RequireRole(ALL_ROLES, inStreetOf, { orBelow: true })
  @ApiCreatedResponse({ type: WishPublicDto })
  claim(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ClaimWishDto): Promise<WishPublicDto> {
    return this.claims.claim(user.id, id, body.coClaimerIds);
  }

  @Post('wishes/:id/claim-cancellation')
  @HttpCode(200)
  @ApiOperation({ summary: 'The claimer gives the wish back to the wall' })
  @ApiOkResponse({ type: WishPublicDto })
  cancel(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<WishPublicDto> {
    return this.claims.cancel(user.id, id);
  }

  @Post('wishes/:id/fulfilment')
  @HttpCode(200)
  @ApiOperation({ summary: 'The claimer reports the wish fulfilled' })
  @ApiOkResponse({ type: WishPublicDto })
  fulfil(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: FulfilWishDto): Promise<WishPublicDto> {
    return this.claims.fulfil(user.id, id, body.note);
  }

  @Post('wishes/:id/confirmation')
  @HttpCode(200)
  @ApiOperation({ summary: 'The beneficiary or their agent confirms receipt, with thanks and a rating; points are credited' })
  @ApiOkResponse({ type: WishManageDto })
  confirm(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ConfirmWishDto): Promise<WishManageDto> {
    return this.claims.confirm(user.id, id, body);
  }

  @Post('wishes/:id/reassignment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hand a claimed wish to another member (secretary)' })
  @RequireRole([Role.Secretary], inCommunityOf)
  @ApiOkResponse({ type: WishPublicDto })
  reassign(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReassignWishDto): Promise<WishPublicDto> {
    return this.claims.reassign(user.id, id, body);
  }
}
