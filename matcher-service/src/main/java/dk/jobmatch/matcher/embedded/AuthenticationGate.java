package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.ClientRequest;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import de.bwaldvogel.mongo.wire.message.MongoReply;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of the embedded server on every connection until the connection has
 * authenticated with {@link EmbeddedMongoCredential}, as a MongoDB with access control does:
 * mongo-java-server itself answers any command from anyone who reaches its port, and any local
 * process can reach a loopback port. Before authentication only the handshake ({@code hello}, which
 * the driver's monitoring connections keep sending and which shows no data) and {@code saslStart}
 * with the PLAIN mechanism get through; anything else is answered with MongoDB's "Unauthorized" and
 * the connection is closed. A wrong credential gets "AuthenticationFailed" and is closed too.
 */
final class AuthenticationGate extends ChannelInboundHandlerAdapter {
  private static final Logger log = LoggerFactory.getLogger(AuthenticationGate.class);
  private static final Set<String> HANDSHAKE = Set.of("hello", "ismaster");
  private static final int UNAUTHORIZED = 13;
  private static final int AUTHENTICATION_FAILED = 18;

  private final EmbeddedMongoCredential credential;
  private int replies;

  AuthenticationGate(EmbeddedMongoCredential credential) {
    this.credential = credential;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof MongoMessage) && !(msg instanceof MongoQuery)) {
      // The legacy opcodes (insert, getMore, killCursors as their own messages) need no answer to
      // be refused: a client that sends them unauthenticated is simply disconnected.
      ReferenceCountUtil.release(msg);
      refused(ctx, "legacy operation");
      ctx.close();
      return;
    }
    ClientRequest request = (ClientRequest) msg;
    Document command = command(request);
    String name = command.isEmpty() ? "" : command.keySet().iterator().next();
    if (HANDSHAKE.contains(name.toLowerCase(Locale.ROOT))) {
      ctx.fireChannelRead(msg);
      return;
    }
    if (name.equals("saslStart") && EmbeddedMongoCredential.MECHANISM.equals(command.get("mechanism"))
        && command.get("payload") instanceof BinData payload && credential.accepts(payload.getData())) {
      Document done = new Document("conversationId", 1);
      done.put("done", true);
      done.put("payload", new BinData(new byte[0]));
      done.put("ok", 1.0);
      reply(ctx, request, done);
      // Authenticated: from now on this connection talks to the server directly.
      ctx.pipeline().remove(this);
      return;
    }
    boolean authenticating = name.equals("saslStart");
    refused(ctx, authenticating ? "wrong credential" : "command " + name + " before authenticating");
    Document error = new Document("ok", 0.0);
    error.put("errmsg", authenticating ? "Authentication failed." : "command " + name + " requires authentication");
    error.put("code", authenticating ? AUTHENTICATION_FAILED : UNAUTHORIZED);
    error.put("codeName", authenticating ? "AuthenticationFailed" : "Unauthorized");
    reply(ctx, request, error).addListener(ChannelFutureListener.CLOSE);
  }

  private static Document command(ClientRequest request) {
    Document command = request instanceof MongoMessage message ? message.getDocument() : ((MongoQuery) request).getQuery();
    if (command == null) {
      return new Document();
    }
    // Legacy clients wrap the command of an OP_QUERY in $query.
    return command.get("$query") instanceof Document wrapped ? wrapped : command;
  }

  private io.netty.channel.ChannelFuture reply(ChannelHandlerContext ctx, ClientRequest request, Document body) {
    MessageHeader header = new MessageHeader(++replies, request.getHeader().getRequestID());
    Object reply = request instanceof MongoMessage
        ? new MongoMessage(ctx.channel(), header, body)
        : new MongoReply(header, body);
    return ctx.writeAndFlush(reply);
  }

  private static void refused(ChannelHandlerContext ctx, String why) {
    log.warn("Embedded MongoDB refused a connection from {}: {}", ctx.channel().remoteAddress(), why);
  }
}
