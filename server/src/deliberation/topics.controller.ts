import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Role } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { PageQueryDto } from '../common/http/page';
import { ReasonDto } from '../common/http/reason.dto';
import { BallotsService } from './ballots.service';
import { CreateBallotDto } from './dto/ballot-input.dto';
import { BallotDto, CommentDto, CommentPageDto, ReportedDto, TopicDto, TopicPageDto } from './dto/deliberation-view.dto';
import { CommentInputDto, CommentReportDto, ProposeTopicDto, TopicListQueryDto, TopicReviewDto } from './dto/topic-input.dto';
import { TopicComment } from './topic-comment.entity';
import { TopicCommentsService } from './topic-comments.service';
import { Topic } from './topic.entity';
import { PROPOSER_ROLES, TopicsService } from './topics.service';

const inCommunityOfTopic = placeOf(Topic, 'communityId', 'TOPIC_NOT_FOUND');
const inCommunityOfComment = placeOf(TopicComment, 'communityId', 'COMMENT_NOT_FOUND');

@ApiTags('deliberation')
@ApiBearerAuth()
@Controller()
export class TopicsController {
  constructor(
    private readonly topics: TopicsService,
    private readonly comments: TopicCommentsService,
    private readonly ballots: BallotsService,
  ) {}

  @Post('communities/:communityId/topics')
  @ApiOperation({ summary: 'Raise a topic (resident: awaits review; secretary: open for deliberation at once)' })
  @RequireRole(PROPOSER_ROLES, placeParam('communityId'))
  @ApiCreatedResponse({ type: TopicDto })
  propose(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Body() body: ProposeTopicDto): Promise<TopicDto> {
    return this.topics.propose(user.id, request.scopePlace!, body);
  }

  @Get('communities/:communityId/topics')
  @ApiOperation({ summary: 'Topics of a community, newest first, by stage (proposed: the secretary’s review queue; mine: what I raised)' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: TopicPageDto })
  list(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Query() query: TopicListQueryDto): Promise<TopicPageDto> {
    return this.topics.list(user.id, request.scopePlace!, query);
  }

  @Get('topics/:id')
  @ApiOperation({ summary: 'A topic with its ballot and decision (one awaiting review: its proposer and the secretary only)' })
  @RequireRole(ALL_ROLES, inCommunityOfTopic)
  @ApiOkResponse({ type: TopicDto })
  detail(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TopicDto> {
    return this.topics.detail(user.id, id);
  }

  @Post('topics/:id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a topic for deliberation, or decline it with a reason (secretary)' })
  @RequireRole([Role.Secretary], inCommunityOfTopic)
  @ApiOkResponse({ type: TopicDto })
  review(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: TopicReviewDto): Promise<TopicDto> {
    return this.topics.review(user.id, id, body);
  }

  @Get('topics/:id/comments')
  @ApiOperation({ summary: 'Discussion: top-level comments oldest first, each with its replies' })
  @RequireRole(ALL_ROLES, inCommunityOfTopic)
  @ApiOkResponse({ type: CommentPageDto })
  listComments(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() query: PageQueryDto): Promise<CommentPageDto> {
    return this.comments.list(user.id, id, query);
  }

  @Post('topics/:id/comments')
  @ApiOperation({ summary: 'Comment, or reply to a top-level comment (residents in the topic’s scope, the secretary)' })
  @RequireRole(ALL_ROLES, inCommunityOfTopic)
  @ApiCreatedResponse({ type: CommentDto })
  comment(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: CommentInputDto): Promise<CommentDto> {
    return this.comments.add(user.id, id, body);
  }

  @Post('topic-comments/:id/reports')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report a comment to the secretary (once per person)' })
  @RequireRole(ALL_ROLES, inCommunityOfComment)
  @ApiOkResponse({ type: ReportedDto })
  report(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: CommentReportDto): Promise<ReportedDto> {
    return this.comments.report(user.id, id, body.reason);
  }

  @Post('topic-comments/:id/hiding')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide a comment, with a reason (secretary)' })
  @RequireRole([Role.Secretary], inCommunityOfComment)
  @ApiOkResponse({ type: CommentDto })
  hide(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<CommentDto> {
    return this.comments.hide(user.id, id, body.reason);
  }

  @Post('topic-comments/:id/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a comment held because WeChat was unsure of it (secretary)' })
  @RequireRole([Role.Secretary], inCommunityOfComment)
  @ApiOkResponse({ type: CommentDto })
  release(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<CommentDto> {
    return this.comments.release(user.id, id);
  }

  @Post('topics/:id/ballots')
  @ApiOperation({ summary: 'Put a topic under discussion to a vote: rule, options, electorate (frozen now), opening and closing (secretary)' })
  @RequireRole([Role.Secretary], inCommunityOfTopic)
  @ApiCreatedResponse({ type: BallotDto })
  createBallot(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: CreateBallotDto): Promise<BallotDto> {
    return this.ballots.createForTopic(user.id, id, body);
  }
}
