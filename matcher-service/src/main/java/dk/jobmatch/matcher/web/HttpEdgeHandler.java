package dk.jobmatch.matcher.web;

import dk.jobmatch.matcher.problem.ProblemType;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/1.1 edge of one connection, between Netty's codec and Reactor Netty's request handling.
 * It exists because Reactor Netty answered requests its decoder could not read with an empty 400,
 * 414 or 431 and, when such a request arrived while an earlier response was still being finished,
 * could attach the answer to the finished exchange and send nothing at all: the connection then
 * hung with every later request dropped. It also had no limit on how long a request's headers may
 * take. Here:
 * <ul>
 *   <li>a request the decoder could not read (or that does not arrive in time) is never passed on;
 *       once the responses before it are out, it is answered with problem+json and
 *       {@code Connection: close}, and the connection is closed cleanly ({@link #closeGracefully});
 *   <li>pipelined requests are passed on one at a time, each only after the response before it
 *       has been written in full, so Reactor Netty never juggles two exchanges on one connection;
 *   <li>any empty error answer Reactor Netty still makes itself (an unreadable Host header, an
 *       HTTP/2 preface) gets its problem+json body on the way out.
 * </ul>
 * Every method runs on the connection's event loop; nothing here blocks.
 */
final class HttpEdgeHandler extends ChannelDuplexHandler {
  private final EdgeAnswers answers;
  private final long headerTimeoutMillis;
  private final long lingerMillis;

  /** A request has been passed on and its response has not been written in full yet. */
  private boolean passedOn;
  /** The response to the request passed on has begun (its status line is written). */
  private boolean responseStarted;
  /** The request passed on is HEAD: its answer must stay without a body. */
  private boolean headPassedOn;
  /** The body of the latest request read has not ended yet. */
  private boolean inBody;
  /** Pipelined requests (with their content) read while an earlier one is being answered. */
  private final ArrayDeque<Object> held = new ArrayDeque<>();
  /** Everything read from now on is dropped: the connection is being answered and closed. */
  private boolean discarding;
  /** The answer owed once the responses before it are out. */
  private ProblemType owed;
  /** Close once the response in flight is out, without an answer of our own. */
  private boolean closeAfterResponse;
  /** Our answer was sent for the request passed on; whatever the application still writes is dropped. */
  private boolean answeredForApplication;
  /** Reactor Netty made a bare rejection and will close: close cleanly instead. */
  private boolean lingerOnClose;
  private ScheduledFuture<?> headTimer;
  private ScheduledFuture<?> lingerTimer;

  HttpEdgeHandler(EdgeAnswers answers, Duration headerTimeout, Duration linger) {
    this.answers = answers;
    this.headerTimeoutMillis = Math.max(1, headerTimeout.toMillis());
    this.lingerMillis = Math.max(1, linger.toMillis());
  }

  // -----------------------------------------------------------------------------------------------
  // Inbound
  // -----------------------------------------------------------------------------------------------

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (discarding) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof HttpRequest request) {
      cancelHeadTimer();
      if (request.decoderResult().isFailure()) {
        ReferenceCountUtil.release(msg);
        refuse(ctx, EdgeAnswers.forDecoderFailure(cause(request.decoderResult())));
        return;
      }
      inBody = !(msg instanceof LastHttpContent);
      if (passedOn || !held.isEmpty()) {
        held.add(msg);
      } else {
        passOn(ctx, request);
      }
      return;
    }
    if (msg instanceof LastHttpContent) {
      inBody = false;
    }
    if (msg instanceof HttpContent content && content.decoderResult().isFailure()) {
      ReferenceCountUtil.release(msg);
      brokenBody(ctx);
      return;
    }
    if (held.isEmpty()) {
      ctx.fireChannelRead(msg);
    } else {
      held.add(msg);
    }
  }

  /**
   * Bytes were read and no complete request head came of them, unless a request is being handled:
   * they are the start of a request head, which must be complete within the header timeout.
   */
  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (!discarding && !passedOn && held.isEmpty() && !inBody && headTimer == null) {
      headTimer = ctx.executor().schedule(() -> headTimedOut(ctx), headerTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    ctx.fireChannelReadComplete();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    cancelHeadTimer();
    if (lingerTimer != null) {
      lingerTimer.cancel(false);
    }
    held.forEach(ReferenceCountUtil::release);
    held.clear();
    super.channelInactive(ctx);
  }

  private void headTimedOut(ChannelHandlerContext ctx) {
    headTimer = null;
    if (ctx.channel().isActive() && !discarding && !passedOn && held.isEmpty() && !inBody) {
      refuse(ctx, ProblemType.REQUEST_TIMEOUT);
    }
  }

  private void passOn(ChannelHandlerContext ctx, HttpRequest request) {
    passedOn = true;
    responseStarted = false;
    headPassedOn = HttpMethod.HEAD.equals(request.method());
    ctx.fireChannelRead(request);
  }

  /**
   * A request that cannot be read: nothing after it is passed on. The requests before it still get
   * their responses; then it is answered and the connection closed.
   */
  private void refuse(ChannelHandlerContext ctx, ProblemType type) {
    discarding = true;
    owed = type;
    if (!passedOn && held.isEmpty()) {
      answer(ctx);
    }
  }

  /** A chunk or the end of a body could not be read. */
  private void brokenBody(ChannelHandlerContext ctx) {
    discarding = true;
    if (held.stream().anyMatch(HttpRequest.class::isInstance)) {
      // The broken body belongs to the last request held back: drop it, answer after the others.
      while (!(held.peekLast() instanceof HttpRequest)) {
        ReferenceCountUtil.release(held.pollLast());
      }
      ReferenceCountUtil.release(held.pollLast());
      owed = ProblemType.MALFORMED_REQUEST;
    } else if (passedOn && !responseStarted) {
      // It belongs to the request being handled, not yet answered: answer for the application.
      answeredForApplication = true;
      owed = ProblemType.MALFORMED_REQUEST;
      answer(ctx);
    } else if (passedOn) {
      closeAfterResponse = true;
    } else {
      // The body of a request already answered: an answer now would be one nobody asked for.
      closeGracefully(ctx);
    }
  }

  private void answer(ChannelHandlerContext ctx) {
    ProblemType type = owed;
    owed = null;
    // Written from here towards the socket: the handlers after this one never see it.
    ctx.writeAndFlush(answers.response(type)).addListener(written -> closeGracefully(ctx));
  }

  // -----------------------------------------------------------------------------------------------
  // Outbound
  // -----------------------------------------------------------------------------------------------

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (answeredForApplication) {
      ReferenceCountUtil.release(msg);
      promise.tryFailure(new ClosedChannelException());
      return;
    }
    Object out = msg;
    if (msg instanceof HttpResponse response) {
      if (response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
        ctx.write(msg, promise);
        return;
      }
      responseStarted = true;
      out = withProblemBody(response);
    }
    if (out instanceof LastHttpContent && passedOn && responseStarted) {
      passedOn = false;
      responseStarted = false;
      ChannelPromise written = promise.unvoid();
      // Reactor Netty clears the finished exchange in its own listener on this write, added after
      // ours: hop once more through the event loop so the next request finds it cleared.
      written.addListener(done -> ctx.executor().execute(() -> responseWritten(ctx)));
      ctx.write(out, written);
      return;
    }
    ctx.write(out, promise);
  }

  /**
   * Reactor Netty's own answer to a request it could not take (an unreadable Host header, an
   * HTTP/2 preface) is an empty error with {@code Connection: close}: give it its problem body.
   */
  private Object withProblemBody(HttpResponse response) {
    if (!(response instanceof FullHttpResponse full) || headPassedOn || full.content().isReadable()
        || full.headers().contains(HttpHeaderNames.CONTENT_TYPE)
        || !full.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true)) {
      return response;
    }
    Optional<ProblemType> type = answers.forStatus(full.status().code());
    if (type.isEmpty()) {
      return response;
    }
    full.release();
    lingerOnClose = true;
    return answers.response(type.get());
  }

  private void responseWritten(ChannelHandlerContext ctx) {
    if (!ctx.channel().isActive()) {
      return;
    }
    if (!held.isEmpty()) {
      passOnHeld(ctx);
    } else if (owed != null) {
      answer(ctx);
    } else if (closeAfterResponse) {
      closeGracefully(ctx);
    }
  }

  /** The next pipelined request and whatever of its body has arrived. */
  private void passOnHeld(ChannelHandlerContext ctx) {
    passOn(ctx, (HttpRequest) held.poll());
    while (!held.isEmpty() && !(held.peek() instanceof HttpRequest)) {
      ctx.fireChannelRead(held.poll());
    }
    ctx.fireChannelReadComplete();
  }

  @Override
  public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
    if (lingerOnClose && lingerTimer == null && ctx.channel().isActive()) {
      closeGracefully(ctx);
      ctx.channel().closeFuture().addListener(closed -> promise.trySuccess());
      return;
    }
    ctx.close(promise);
  }

  /**
   * Closes after the answer without resetting the connection: a close with unread bytes in the
   * receive buffer makes the kernel send a reset, which can destroy the answer before the client
   * has read it. So the sending side is shut first, and what the client still sends is read and
   * dropped until it closes its side or the linger time is up.
   */
  private void closeGracefully(ChannelHandlerContext ctx) {
    discarding = true;
    cancelHeadTimer();
    Channel channel = ctx.channel();
    if (lingerTimer != null || !channel.isActive()) {
      return;
    }
    lingerTimer = ctx.executor().schedule(() -> ctx.close(), lingerMillis, TimeUnit.MILLISECONDS);
    if (!(channel instanceof DuplexChannel duplex)) {
      ctx.close();
      return;
    }
    duplex.shutdownOutput();
    channel.config().setAutoRead(true);
    ctx.read();
  }

  private void cancelHeadTimer() {
    if (headTimer != null) {
      headTimer.cancel(false);
      headTimer = null;
    }
  }

  private static Throwable cause(DecoderResult result) {
    return result.cause() == null ? new IllegalArgumentException() : result.cause();
  }
}
