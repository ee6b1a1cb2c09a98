package org.un.sc1540.workflow.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP relay as the dispatch benchmark needs one: in a process of its own, it takes
 * {@code delayMillis} to accept each message, as a relay over a network does (round trips, its
 * own queueing and storage), and otherwise answers at once. It speaks just enough SMTP for
 * JavaMail (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), serves each connection on its own thread,
 * and throws messages away.
 *
 * <p>{@code java ... SlowSmtpRelay <port> <delayMillis>}; prints "listening" when ready.
 */
public final class SlowSmtpRelay {

  private static final AtomicLong ACCEPTED = new AtomicLong();

  private SlowSmtpRelay() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    long delayMillis = Long.parseLong(args[1]);
    ExecutorService connections = Executors.newCachedThreadPool();
    try (ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
      System.out.println("listening on " + port + ", " + delayMillis + " ms per message");
      System.out.flush();
      while (true) {
        Socket socket = server.accept();
        connections.submit(() -> serve(socket, delayMillis));
      }
    }
  }

  private static void serve(Socket socket, long delayMillis) {
    try (socket;
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream()) {
      socket.setTcpNoDelay(true);
      reply(out, "220 relay.example.org ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO" -> reply(out, "250-relay.example.org\r\n250-8BITMIME\r\n250 SIZE 52428800");
          case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              // The message is read and dropped.
            }
            Thread.sleep(delayMillis);
            reply(out, "250 OK queued as " + ACCEPTED.incrementAndGet());
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (IOException closed) {
      // The client went away.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
