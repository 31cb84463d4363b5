// The baseline of the cold-start ratio: the least an Apollo Server Lambda handler can be (one field, no store),
// bundled exactly as Beacon's handler is. Beacon's own load time is judged against this one's.
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';

const server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean! }', resolvers: { Query: { ok: () => true } } });

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
