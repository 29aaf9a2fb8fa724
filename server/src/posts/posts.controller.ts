import { Body, Controller, Get, Param, Patch, Post as HttpPost, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { CreatePostDto, PostListQueryDto, ShiftBoardQueryDto, ShiftPlanDto, UpdatePostDto } from './dto/post-input.dto';
import { PostDto, PostPageDto, ShiftPageDto } from './dto/post-view.dto';
import { PostBoardService } from './post-board.service';
import { PUBLISHER_ROLES } from './post-managers';
import { PostPublishingService } from './post-publishing.service';
import { Post } from './post.entity';

const inCommunityOfPost = placeOf(Post, 'communityId', 'POST_NOT_FOUND');

@ApiTags('posts')
@ApiBearerAuth()
@Controller()
export class PostsController {
  constructor(
    private readonly publishing: PostPublishingService,
    private readonly board: PostBoardService,
  ) {}

  @HttpPost('communities/:communityId/posts')
  @ApiOperation({ summary: 'Publish a post with its shifts, or a standing role (认岗) with its term: secretary, or an approved unit contact' })
  @RequireRole(PUBLISHER_ROLES, placeParam('communityId'))
  @ApiCreatedResponse({ type: PostDto })
  create(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Body() body: CreatePostDto): Promise<PostDto> {
    return this.publishing.create(user.id, request.scopePlace!, body);
  }

  @Get('communities/:communityId/posts')
  @ApiOperation({ summary: 'Posts of a community, newest first, optionally of one type, each with its next shifts' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: PostPageDto })
  list(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Query() query: PostListQueryDto): Promise<PostPageDto> {
    return this.board.posts(request.scopePlace!, query, user.id);
  }

  @Get('communities/:communityId/shifts')
  @ApiOperation({ summary: 'Open shifts of a community by start time (from a date, of a type), with availability and my claim' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: ShiftPageDto })
  shifts(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Query() query: ShiftBoardQueryDto): Promise<ShiftPageDto> {
    return this.board.shifts(request.scopePlace!, query, user.id);
  }

  @Get('posts/:id')
  @ApiOperation({ summary: 'A post with its shifts, availability and my claim on each' })
  @RequireRole(ALL_ROLES, inCommunityOfPost)
  @ApiOkResponse({ type: PostDto })
  detail(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<PostDto> {
    return this.board.detail(id, user.id);
  }

  @Patch('posts/:id')
  @ApiOperation({ summary: 'Edit a post (its manager: the secretary, or the publishing unit’s contact)' })
  @RequireRole(PUBLISHER_ROLES, inCommunityOfPost)
  @ApiOkResponse({ type: PostDto })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdatePostDto): Promise<PostDto> {
    return this.publishing.update(user.id, id, body);
  }

  @HttpPost('posts/:id/shifts')
  @ApiOperation({ summary: 'Add a shift to a shift post (its manager)' })
  @RequireRole(PUBLISHER_ROLES, inCommunityOfPost)
  @ApiCreatedResponse({ type: PostDto })
  addShift(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ShiftPlanDto): Promise<PostDto> {
    return this.publishing.addShift(user.id, id, body);
  }
}
