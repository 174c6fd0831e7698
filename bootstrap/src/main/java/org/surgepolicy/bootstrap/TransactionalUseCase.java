package org.surgepolicy.bootstrap;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * A use case created as a plain object, not as a bean, given the transactions that its {@code @Transactional} methods
 * declare, as Spring gives them to a bean: the metered decorator around it is then the one bean of its in-port, and
 * still calls a use case that is one unit of work.
 */
final class TransactionalUseCase {

    private TransactionalUseCase() {
    }

    /** {@code service} behind its in-port {@code port}, each call in the transaction its method declares. */
    static <T> T of(Class<T> port, T service, TransactionManager transactions) {
        ProxyFactory proxy = new ProxyFactory(service);
        proxy.setInterfaces(port);
        proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        return port.cast(proxy.getProxy(service.getClass().getClassLoader()));
    }
}
