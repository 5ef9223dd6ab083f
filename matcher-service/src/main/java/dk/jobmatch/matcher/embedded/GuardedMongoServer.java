package dk.jobmatch.matcher.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * mongo-java-server's wire protocol on a random loopback port, with {@link AuthenticationGate} in
 * front of it: its own {@code MongoServer} has no access control and no way to add a handler, so
 * this builds the same pipeline with the gate between the decoder and the database.
 *
 * <p>Why not something no other process can reach at all: the reactive MongoDB driver connects
 * only over TCP. Its Unix domain socket support is for the synchronous driver and needs
 * jnr-unixsocket; its Netty transport accepts only a Netty {@code SocketChannel} (TCP), which
 * neither Netty's in-process {@code LocalChannel} nor its final {@code NioDomainSocketChannel} is.
 */
public final class GuardedMongoServer {
  private final MongoBackend backend;
  private final EmbeddedMongoCredential credential;
  private EventLoopGroup boss;
  private EventLoopGroup workers;
  private ChannelGroup clients;
  private Channel channel;

  public GuardedMongoServer(MongoBackend backend, EmbeddedMongoCredential credential) {
    this.backend = backend;
    this.credential = credential;
  }

  /** Starts listening on 127.0.0.1, on a port the operating system picks. */
  public GuardedMongoServer bind() {
    boss = new MultiThreadIoEventLoopGroup(1, new MongoThreadFactory("mongo-server-boss"), NioIoHandler.newFactory());
    workers = new MultiThreadIoEventLoopGroup(0, new MongoThreadFactory("mongo-server-worker"), NioIoHandler.newFactory());
    clients = new DefaultChannelGroup("mongodb-channels", workers.next());
    try {
      channel = new ServerBootstrap()
          .group(boss, workers)
          .channel(NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, 100)
          .localAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
          .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
              ch.pipeline().addLast(
                  new MongoWireReplyEncoder(),
                  new MongoWireMessageEncoder(),
                  new MongoWireProtocolHandler(),
                  new AuthenticationGate(credential),
                  new MongoDatabaseHandler(backend, clients),
                  new MongoExceptionHandler());
            }
          })
          .bind().syncUninterruptibly().channel();
      return this;
    } catch (RuntimeException e) {
      shutdownNow();
      throw e;
    }
  }

  public InetSocketAddress getLocalAddress() {
    return channel == null ? null : (InetSocketAddress) channel.localAddress();
  }

  /** Stops listening, closes every client and the backend, as mongo-java-server's own server does. */
  public void shutdownNow() {
    if (channel != null) {
      channel.close().syncUninterruptibly();
      channel = null;
    }
    if (clients != null) {
      clients.close().syncUninterruptibly();
    }
    for (EventLoopGroup group : new EventLoopGroup[] {boss, workers}) {
      if (group != null) {
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
      }
    }
    backend.close();
  }
}
